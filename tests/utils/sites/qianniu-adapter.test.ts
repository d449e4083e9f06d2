import { afterEach, describe, expect, it } from 'vitest';
import { qianniuAdapter } from '../../../utils/sites/qianniu-adapter';
import { QIANNU_CHAT_FRAME, SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

describe('千牛 web, read defensively (fixtures/sites/qianniu*.html, invented from thin research)', () => {
  let page: OpenedSiteFixture;
  afterEach(() => page.close());

  it('reads the chat inside the workbench’s iframe, from that frame’s own document', () => {
    page = openSiteFixture(QIANNU_CHAT_FRAME);
    expect(qianniuAdapter.readThread(page.document)).toEqual({
      site: 'qianniu',
      conversationId: 'tb_麦兜兜',
      buyer: { nickname: 'tb_麦兜兜' },
      messages: [
        { role: 'system', text: '买家从 宝贝详情页 进入', id: 'q-101' },
        { role: 'buyer', text: '[商品卡片: 北欧风陶瓷马克杯 大容量]', id: 'q-102' },
        { role: 'buyer', text: '亲，这个杯子能微波炉加热吗', id: 'q-103' },
        { role: 'agent', text: '您好，我是店小蜜，请问有什么可以帮您？', id: 'q-104' },
        { role: 'buyer', text: '[图片]', id: 'q-105' },
        { role: 'agent', text: '可以的亲，陶瓷材质耐高温', id: 'q-106' },
        { role: 'buyer', text: '包邮吗？能便宜点吗', id: 'q-107' },
      ],
      product: { title: '北欧风陶瓷马克杯 大容量', itemId: '680012345678' },
    });
    expect(qianniuAdapter.findInput(page.document)).toBe(page.document.querySelector('textarea'));
    expect(qianniuAdapter.findSendButton(page.document)?.textContent).toBe('发送');
  });

  it('follows the open conversation’s product: A’s goods card, B’s order card with its 颜色分类, A again; the panel without a card', () => {
    page = openSiteFixture(QIANNU_CHAT_FRAME);
    page.window.siteFixture.switchConversation('星河小铺的粉丝');
    expect(qianniuAdapter.readThread(page.document)?.product).toEqual({ title: '手工粗陶花瓶 ins风', itemId: '690098765432', sku: '奶白色' });
    page.window.siteFixture.switchConversation('tb_麦兜兜');
    expect(qianniuAdapter.readThread(page.document)?.product).toEqual({ title: '北欧风陶瓷马克杯 大容量', itemId: '680012345678' });
    page.document.querySelector('[class*="goodsCard"]')?.remove();
    expect(qianniuAdapter.readThread(page.document)?.product).toEqual({ title: '北欧风陶瓷马克杯 大容量', itemId: '680012345678' });
  });

  it('reads nothing in the workbench shell around the frame, so the frame with the chat answers', () => {
    page = openSiteFixture(SITE_FIXTURES.qianniu);
    expect(qianniuAdapter.findMessageList(page.document)).toBeNull();
    expect(qianniuAdapter.readThread(page.document)).toBeNull();
  });

  it('ignores the build hashes in class names: another build reads the same', () => {
    page = openSiteFixture(QIANNU_CHAT_FRAME);
    const before = qianniuAdapter.readThread(page.document);
    for (const element of page.document.querySelectorAll('[class]')) {
      element.setAttribute('class', (element.getAttribute('class') ?? '').replace(/___\w+/g, '___zz9'));
    }
    expect(qianniuAdapter.readThread(page.document)).toEqual(before);
  });

  it('refuses a reading where most rows do not say who spoke, rather than guess', () => {
    page = openSiteFixture(QIANNU_CHAT_FRAME);
    for (const bubble of page.document.querySelectorAll('[class*="chatText"]')) bubble.setAttribute('class', 'bubble___1');
    expect(qianniuAdapter.readThread(page.document)).toBeNull();
  });
});
