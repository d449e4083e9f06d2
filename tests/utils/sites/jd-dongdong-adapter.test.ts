import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jdDongdongAdapter } from '../../../utils/sites/jd-dongdong-adapter';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

describe('京东 咚咚: reading the open chat (fixtures/sites/jd-dongdong.html)', () => {
  let page: OpenedSiteFixture;
  beforeEach(() => {
    page = openSiteFixture(SITE_FIXTURES['jd-dongdong']);
  });
  afterEach(() => page.close());

  it('reads who said what, earliest first: the auto reply as the agent’s, card and picture in words, no times', () => {
    expect(jdDongdongAdapter.readThread(page.document)).toEqual({
      site: 'jd-dongdong',
      conversationId: 'jd_7788a',
      buyer: { nickname: 'jd_7788a' },
      messages: [
        { role: 'system', text: '客服 小京 已接入会话', id: 'msg-5001' },
        { role: 'buyer', text: '[商品卡片: 小米智能电饭煲 4L]', id: 'msg-5002' },
        { role: 'buyer', text: '你好，在吗', id: 'msg-5003' },
        { role: 'agent', text: '【自动回复】您好，欢迎光临，请问有什么可以帮您？', id: 'msg-5004' },
        { role: 'buyer', text: '[图片]', id: 'msg-5005' },
        { role: 'agent', text: '在的亲，这款电饭煲有现货', id: 'msg-5006' },
        { role: 'buyer', text: '有优惠吗？能便宜点不', id: 'msg-5007' },
      ],
      product: { title: '小米智能电饭煲 4L', itemId: '100012345678' },
    });
  });

  it('follows the open conversation’s product: A’s card, B’s card, A again', () => {
    page.window.siteFixture.switchConversation('jd_sunny_day');
    expect(jdDongdongAdapter.readThread(page.document)?.product).toEqual({ title: '美的空气炸锅 5L 可视', itemId: '100087654321' });
    page.window.siteFixture.switchConversation('jd_7788a');
    expect(jdDongdongAdapter.readThread(page.document)?.product).toEqual({ title: '小米智能电饭煲 4L', itemId: '100012345678' });
  });

  it('names the product from the right-hand panel (item id from its link) when the thread shows no card', () => {
    page.document.querySelector('.ProductCard')?.remove();
    expect(jdDongdongAdapter.readThread(page.document)?.product).toEqual({ title: '小米智能电饭煲 4L', itemId: '100012345678' });
  });

  it('finds the contenteditable reply box and the 发送 button', () => {
    expect(jdDongdongAdapter.findInput(page.document)).toBe(page.document.querySelector('.EditorContent'));
    expect(jdDongdongAdapter.findSendButton(page.document)?.textContent).toBe('发送');
  });

  it('takes the customer’s id from the selected contact row in builds that put one there', () => {
    page.document.querySelector('.alluser-item.active')?.setAttribute('data-user-id', 'u-20931');
    expect(jdDongdongAdapter.currentBuyer(page.document)).toEqual({ id: 'u-20931', nickname: 'jd_7788a' });
  });

  it('matches the 咚咚 workbench and the shop backend’s reception page, nothing else on jd.com', () => {
    expect(jdDongdongAdapter.matches(new URL('https://dongdong.jd.com/'))).toBe(true);
    expect(jdDongdongAdapter.matches(new URL('https://shop.jd.com/jdm/kefu/kf-manage-lite'))).toBe(true);
    expect(jdDongdongAdapter.matches(new URL('https://shop.jd.com/jdm/trade/orders'))).toBe(false);
  });
});
