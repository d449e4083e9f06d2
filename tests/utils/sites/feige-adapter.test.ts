import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feigeAdapter } from '../../../utils/sites/feige-adapter';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

const EXPECTED_THREAD = {
  site: 'feige',
  conversationId: '甜甜圈不加糖',
  buyer: { nickname: '甜甜圈不加糖' },
  messages: [
    { role: 'system', text: '客服 小美 已接入，正在为您服务', id: '7301' },
    { role: 'buyer', text: '[商品卡片: 儿童保温杯 316不锈钢 500ml]', id: '7302' },
    { role: 'buyer', text: '你好，这个杯子有现货吗？', id: '7303' },
    { role: 'agent', text: '亲，有现货的，48小时内发货哦～', id: '7304' },
    { role: 'buyer', text: '[图片]', id: '7305' },
    { role: 'agent', text: '亲，杯子是316不锈钢的，放心用～', id: '7306' },
    { role: 'buyer', text: '能便宜点吗？两个一起拍多少钱', id: '7307' },
  ],
  product: { title: '儿童保温杯 316不锈钢 500ml', itemId: '3601234567890' },
};

/** A new Feige build: every hashed class name is replaced (they rotate between releases). */
function rotateHashedClasses(doc: Document): void {
  const hashed = /^[A-Za-z0-9_]{20}$/;
  for (const element of doc.querySelectorAll('[class]')) {
    const rotated = Array.from(element.classList).map((name) => (hashed.test(name) ? `x${name.split('').reverse().join('').slice(1)}` : name));
    element.setAttribute('class', rotated.join(' '));
  }
}

describe('抖店 飞鸽: reading the open chat (fixtures/sites/feige.html)', () => {
  let page: OpenedSiteFixture;
  beforeEach(() => {
    page = openSiteFixture(SITE_FIXTURES.feige);
  });
  afterEach(() => page.close());

  it('reads who said what, earliest first: the robot on the shop’s side as the agent, the card and the picture in words', () => {
    expect(feigeAdapter.readThread(page.document)).toEqual(EXPECTED_THREAD);
  });

  it('follows the open conversation’s product: A’s card, B’s card, A again', () => {
    page.window.siteFixture.switchConversation('周末去爬山');
    expect(feigeAdapter.readThread(page.document)?.product).toEqual({ title: '登山双肩包 40L 防水', itemId: '3609876543210' });
    page.window.siteFixture.switchConversation('甜甜圈不加糖');
    expect(feigeAdapter.readThread(page.document)?.product).toEqual(EXPECTED_THREAD.product);
  });

  it('names the product from the right-hand panel when the thread shows no card', () => {
    page.document.querySelector('.chatd-card')?.remove();
    expect(feigeAdapter.readThread(page.document)?.product).toEqual(EXPECTED_THREAD.product);
  });

  it('finds the React-controlled reply box and the 发送 div by their data-qa-id', () => {
    expect(feigeAdapter.findInput(page.document)).toBe(page.document.querySelector('textarea[data-qa-id="qa-send-message-textarea"]'));
    expect(feigeAdapter.findSendButton(page.document)?.textContent).toBe('发送');
  });

  it('still reads the same thread after a release rotates the hashed class names', () => {
    rotateHashedClasses(page.document);
    expect(page.document.querySelector('.iD7SHBvMhm4OhfCsBGr1')).toBeNull();
    expect(feigeAdapter.readThread(page.document)).toEqual(EXPECTED_THREAD);
  });

  it('finds the message list from the message wrappers when `.messageList` is renamed', () => {
    page.document.querySelector('.messageList')?.setAttribute('class', 'chatMessageArea');
    expect(feigeAdapter.readThread(page.document)?.messages).toHaveLength(EXPECTED_THREAD.messages.length);
  });

  it('names the buyer from the reply box’s placeholder when the header shows no name', () => {
    page.document.querySelector('#topbar-left-info')?.remove();
    expect(feigeAdapter.currentBuyer(page.document)).toEqual({ nickname: '甜甜圈不加糖' });
  });
});
