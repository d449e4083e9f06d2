import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kuaishouAdapter } from '../../../utils/sites/kuaishou-adapter';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

describe('快手小店: reading the open chat (fixtures/sites/kuaishou.html)', () => {
  let page: OpenedSiteFixture;
  beforeEach(() => {
    page = openSiteFixture(SITE_FIXTURES.kuaishou);
  });
  afterEach(() => page.close());

  it('reads who said what, earliest first: the auto reply as the agent’s, [系统消息] as the system’s, card and picture in words', () => {
    expect(kuaishouAdapter.readThread(page.document)).toEqual({
      site: 'kuaishou',
      conversationId: '2288776655',
      buyer: { id: '2288776655', nickname: '快乐的小番茄' },
      messages: [
        { role: 'system', text: '买家从 商品详情页 进入', id: 'cs-common-message-list-item-9001' },
        { role: 'buyer', text: '[商品卡片: 秋冬加绒卫衣 男女同款]', id: 'cs-common-message-list-item-9002' },
        { role: 'buyer', text: '在吗', id: 'cs-common-message-list-item-9003' },
        { role: 'agent', text: '[系统自动回复消息] 亲，欢迎光临，有什么可以帮您～', id: 'cs-common-message-list-item-9004' },
        { role: 'buyer', text: '[图片]', id: 'cs-common-message-list-item-9005' },
        { role: 'agent', text: '亲，这款卫衣是加绒的哦', id: 'cs-common-message-list-item-9006' },
        { role: 'system', text: '[系统消息] 买家已领取店铺优惠券', id: 'cs-common-message-list-item-9007' },
        { role: 'buyer', text: '能不能再便宜点？我买三件', id: 'cs-common-message-list-item-9008' },
      ],
      product: { title: '秋冬加绒卫衣 男女同款', itemId: '2200887766' },
    });
  });

  it('follows the open conversation’s product: A’s goods card, B’s order card with its spec, A again', () => {
    page.window.siteFixture.switchConversation('3399001122');
    expect(kuaishouAdapter.readThread(page.document)?.product).toEqual({ title: '户外冲锋衣 三合一', itemId: '2211334455', sku: '军绿色 L' });
    page.window.siteFixture.switchConversation('2288776655');
    expect(kuaishouAdapter.readThread(page.document)?.product).toEqual({ title: '秋冬加绒卫衣 男女同款', itemId: '2200887766' });
  });

  it('names the product from the side panel when the thread shows no card', () => {
    page.document.querySelector('.kwaishop-cs-BizGoodsCard')?.remove();
    expect(kuaishouAdapter.readThread(page.document)?.product).toEqual({ title: '秋冬加绒卫衣 男女同款', itemId: '2200887766' });
  });

  it('finds the Quill editor and antd’s 发送 button', () => {
    expect(kuaishouAdapter.findInput(page.document)).toBe(page.document.querySelector('.SendBox .ql-editor'));
    expect(kuaishouAdapter.findSendButton(page.document)?.textContent).toBe('发送');
  });

  it('reads a session closed for a late reply as a system turn, even in a bubble', () => {
    const row = page.document.querySelector('#cs-common-message-list-item-9003');
    const card = row?.querySelector('.kwaishop-cs-BizTextCard');
    if (card) card.textContent = '客服超时未回复，会话关闭';
    expect(kuaishouAdapter.readThread(page.document)?.messages[2]).toEqual({
      role: 'system',
      text: '客服超时未回复，会话关闭',
      id: 'cs-common-message-list-item-9003',
    });
  });

  it('names the buyer from their own messages when no session card is selected', () => {
    page.document.querySelector('.SessionBaseCard--active')?.classList.remove('SessionBaseCard--active');
    expect(kuaishouAdapter.currentBuyer(page.document)).toEqual({ id: '2288776655', nickname: '快乐的小番茄' });
  });
});
