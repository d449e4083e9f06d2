// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { customSiteAdapter } from '../../../utils/custom-sites/custom-site-adapter';
import { pickSiteAdapter } from '../../../utils/sites/adapter-registry';
import { OUR_DESK_HTML, OUR_DESK_SITE, OUR_DESK_THREAD, OUR_DESK_URL } from '../../fixtures/custom-sites/our-desk-site';

function openDesk(): Document {
  return new DOMParser().parseFromString(OUR_DESK_HTML, 'text/html');
}

describe('a custom site read with the lead’s selectors (fixtures/custom-sites/our-desk.html)', () => {
  const adapter = customSiteAdapter(OUR_DESK_SITE);

  it('reads who said what, earliest first, the picture in words and no times or avatars', () => {
    expect(adapter.readThread(openDesk())).toEqual(OUR_DESK_THREAD);
  });

  it('names the conversation’s product from a product card in its rows, as the stock clients do', () => {
    const page = openDesk();
    const rows = Array.from(page.querySelectorAll(OUR_DESK_SITE.selectors.buyerMessage));
    const last = rows.at(-1);
    last?.insertAdjacentHTML('beforeend', '<div class="goods-card"><a href="https://item.taobao.com/item.htm?id=612345678901"><span class="goods-title">桌面收纳盒 三层</span></a></div>');
    expect(adapter.readThread(page)?.product).toEqual({ title: '桌面收纳盒 三层', itemId: '612345678901' });
  });

  it('finds the reply box and the send button, and names the buyer', () => {
    document.body.innerHTML = openDesk().body.innerHTML;
    expect(adapter.findInput(document)?.matches('textarea.reply')).toBe(true);
    expect(adapter.findSendButton(document)?.textContent).toBe('发送');
    expect(adapter.currentBuyer(document)).toEqual({ nickname: '小雨同学' });
  });

  it('reads the whole row when no text selector is given, leaving out times and avatars', () => {
    const withoutText = customSiteAdapter({ ...OUR_DESK_SITE, selectors: { ...OUR_DESK_SITE.selectors, text: undefined } });
    expect(withoutText.readThread(openDesk())?.messages.map((message) => message.text)).toEqual(
      OUR_DESK_THREAD.messages.map((message) => message.text),
    );
  });

  it('gives no thread rather than a wrong one when the role rules no longer match the page', () => {
    const renamed = customSiteAdapter({
      ...OUR_DESK_SITE,
      selectors: { ...OUR_DESK_SITE.selectors, buyerMessage: '.bubble-buyer', agentMessage: '.bubble-agent', systemMessage: undefined },
    });
    expect(renamed.readThread(openDesk())).toBeNull();
  });

  it('is chosen for pages under its pattern only, before the generic guess', () => {
    expect(pickSiteAdapter(new URL(OUR_DESK_URL), [adapter]).id).toBe('custom:our-desk');
    expect(pickSiteAdapter(new URL('https://desk.our-shop.example/admin/'), [adapter]).id).toBe('generic');
    expect(pickSiteAdapter(new URL('http://desk.our-shop.example/chat/'), [adapter]).id).toBe('generic');
  });
});
