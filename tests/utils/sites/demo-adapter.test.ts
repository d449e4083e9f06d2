// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { demoAdapter } from '../../../utils/sites/demo-adapter';
import { loadFixturePage } from '../../fixtures/pages/load-fixture-page';

describe('the demo adapter reads the demo page’s DOM contract', () => {
  beforeEach(() => {
    loadFixturePage('demo-chat.html');
  });

  it('reads the open practice conversation with its scenario and buyer', () => {
    expect(demoAdapter.readThread(document)).toEqual({
      site: 'demo',
      conversationId: 'bargaining',
      buyer: { id: 'demo-buyer-bargaining', nickname: '精打细算的猫' },
      messages: [
        { role: 'system', text: '买家从商品详情页进入会话', id: 'bargaining-0' },
        { role: 'buyer', text: '你好，这款保温杯还有吗', id: 'bargaining-1' },
        { role: 'agent', text: '亲，有的，现货当天发～', id: 'bargaining-2' },
        { role: 'buyer', text: '能不能便宜一点？两个一起拍', id: 'bargaining-3' },
      ],
      product: { title: '真空保温杯 500ml', itemId: 'demo-cup-500' },
    });
  });

  it('names the product from a card the buyer sends, as markup or only as text, over the header’s', () => {
    const list = document.querySelector('ol.msg-list');
    const card = document.createElement('li');
    card.className = 'msg msg--buyer';
    card.dataset.msgId = 'bargaining-4';
    card.innerHTML = '<p class="msg__text">[商品卡片: 儿童水杯 吸管款]</p>';
    list?.append(card);
    expect(demoAdapter.readThread(document)?.product).toEqual({ title: '儿童水杯 吸管款' });
    const marked = document.createElement('li');
    marked.className = 'msg msg--buyer';
    marked.dataset.msgId = 'bargaining-5';
    marked.innerHTML = '<p class="msg__text">[商品卡片: 焖烧罐]</p><div data-product-title="焖烧罐 1L" data-item-id="demo-jar-1" data-sku="白色"></div>';
    list?.append(marked);
    expect(demoAdapter.readThread(document)?.product).toEqual({ title: '焖烧罐 1L', itemId: 'demo-jar-1', sku: '白色' });
    document.querySelector('.chat-header__product')?.remove();
    card.remove();
    marked.remove();
    expect(demoAdapter.readThread(document)?.product).toBeUndefined();
  });

  it('sees a message the agent just sent', () => {
    const sent = document.createElement('li');
    sent.className = 'msg msg--agent';
    sent.dataset.msgId = 'bargaining-4';
    sent.innerHTML = '<p class="msg__text">两个一起拍可以送您杯套哦</p>';
    document.querySelector('ol.msg-list')?.append(sent);
    expect(demoAdapter.readThread(document)?.messages.at(-1)).toEqual({ role: 'agent', text: '两个一起拍可以送您杯套哦', id: 'bargaining-4' });
  });

  it('finds the reply box and the 发送 button', () => {
    expect(demoAdapter.findInput(document)?.id).toBe('demo-reply-input');
    expect(demoAdapter.findSendButton(document)?.textContent).toBe('发送');
  });

  it('has no thread before the page rendered its list', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(demoAdapter.readThread(document)).toBeNull();
    expect(demoAdapter.currentBuyer(document)).toBeNull();
  });
});
