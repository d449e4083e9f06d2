import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinduoduoAdapter } from '../../../utils/sites/pinduoduo-adapter';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

describe('拼多多 商家客服: reading the open chat (fixtures/sites/pinduoduo.html)', () => {
  let page: OpenedSiteFixture;
  beforeEach(() => {
    page = openSiteFixture(SITE_FIXTURES.pinduoduo);
  });
  afterEach(() => page.close());

  it('reads who said what, earliest first: the robot’s reply as the agent’s, the card and the picture in words', () => {
    expect(pinduoduoAdapter.readThread(page.document)).toEqual({
      site: 'pinduoduo',
      conversationId: '7730018',
      buyer: { id: '7730018', nickname: '小橙子2024' },
      messages: [
        { role: 'system', text: '当前用户来自 商品详情页', id: 'middlePanel_list_1001' },
        { role: 'buyer', text: '[商品卡片: 加厚珊瑚绒睡衣女冬季套装]', id: 'middlePanel_list_1002' },
        { role: 'buyer', text: '在吗？', id: 'middlePanel_list_1003' },
        { role: 'agent', text: '您好，欢迎光临，请问有什么可以帮您？', id: 'middlePanel_list_1004' },
        { role: 'buyer', text: '[图片]', id: 'middlePanel_list_1005' },
        { role: 'agent', text: '亲，在的，这款是加厚款，很暖和的～', id: 'middlePanel_list_1006' },
        { role: 'system', text: '对方撤回了一条消息', id: 'middlePanel_list_1007' },
        { role: 'buyer', text: '这个能便宜点吗？买两件包邮吗', id: 'middlePanel_list_1008' },
      ],
      product: { title: '加厚珊瑚绒睡衣女冬季套装', itemId: '512345678901' },
    });
  });

  it('follows the open conversation’s product: A’s goods card, B’s order card with its spec, A again', () => {
    page.window.siteFixture.switchConversation('5510042');
    expect(pinduoduoAdapter.readThread(page.document)?.product).toEqual({ title: '纯棉长袖T恤 男女同款', itemId: '498765432101', sku: '白色 XL' });
    page.window.siteFixture.switchConversation('7730018');
    expect(pinduoduoAdapter.readThread(page.document)?.product).toEqual({ title: '加厚珊瑚绒睡衣女冬季套装', itemId: '512345678901' });
  });

  it('names the product from the right-hand panel when the thread shows no card', () => {
    page.document.querySelector('.good-card')?.remove();
    expect(pinduoduoAdapter.readThread(page.document)?.product).toEqual({ title: '加厚珊瑚绒睡衣女冬季套装', itemId: '512345678901' });
  });

  it('takes the card in the thread over a panel naming another product', () => {
    const panel = page.document.querySelector('.right-panel .goods-info');
    panel?.setAttribute('data-goods-id', '111122223333');
    panel?.querySelector('.goods-name')?.replaceChildren('另一件商品');
    expect(pinduoduoAdapter.readThread(page.document)?.product).toEqual({ title: '加厚珊瑚绒睡衣女冬季套装', itemId: '512345678901' });
  });

  it('finds the v-model reply box and the 发送 button', () => {
    expect(pinduoduoAdapter.findInput(page.document)).toBe(page.document.querySelector('textarea#replyTextarea'));
    expect(pinduoduoAdapter.findSendButton(page.document)?.textContent).toBe('发送');
    expect(pinduoduoAdapter.findMessageList(page.document)).toBe(page.document.querySelector('#msgListContainer .msg-list'));
  });

  it('takes the buyer’s uid from the selected conversation row when no buyer message is on screen yet', () => {
    for (const mark of page.document.querySelectorAll('[currentuid]')) mark.removeAttribute('currentuid');
    expect(pinduoduoAdapter.currentBuyer(page.document)).toEqual({ id: '7730018', nickname: '小橙子2024' });
  });

  it('reads platform notices drawn as plain rows as system turns', () => {
    const notice = page.document.createElement('li');
    notice.className = 'onemsg';
    notice.id = 'middlePanel_list_1009';
    notice.innerHTML = '<div class="notice-line">商家邀请下单，优惠券已发放，立即使用</div>';
    page.document.querySelector('.msg-list')?.append(notice);
    expect(pinduoduoAdapter.readThread(page.document)?.messages.at(-1)).toEqual({
      role: 'system',
      text: '商家邀请下单，优惠券已发放，立即使用',
      id: 'middlePanel_list_1009',
    });
  });

  it('reads nothing, rather than a guess, when the rows no longer say who spoke', () => {
    for (const side of page.document.querySelectorAll('.buyer-item, .cs-item')) side.className = 'renamed-side';
    expect(pinduoduoAdapter.readThread(page.document)).toBeNull();
  });
});
