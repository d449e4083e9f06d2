import { afterEach, describe, expect, it } from 'vitest';
import { looksLikeChat } from '../../../utils/sites/looks-like-chat';
import { openPage, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

/** "Looks like a chat" from structure alone: repeated rows that scroll (or run long) plus a reply box. */

const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html';
let page: OpenedSiteFixture | undefined;
afterEach(() => page?.close());

function looks(body: string): boolean {
  page = openPage(`<!doctype html><html><head><style>.scroll { overflow-y: auto; height: 300px }</style></head><body>${body}</body></html>`, URL, false);
  return looksLikeChat(page.document);
}

const rows = (count: number, tag = 'div') => `<${tag} class="r">a</${tag}>`.repeat(count);

describe('looksLikeChat', () => {
  it('a scrolling list of rows and a textarea: a chat, whatever the class names', () => {
    expect(looks(`<div class="scroll"><div>${rows(4)}</div></div><textarea></textarea>`)).toBe(true);
  });

  it('a long list counts without a scroll style (a page seen without layout), and a contenteditable is a reply box', () => {
    expect(looks(`<ul>${rows(9, 'li')}</ul><div contenteditable="true"></div>`)).toBe(true);
  });

  it('a virtualised list: three rows beside a spacer, in a scroller', () => {
    expect(looks(`<div class="scroll"><div><div style="height:900px"></div>${rows(3)}</div></div><div role="textbox"></div>`)).toBe(true);
  });

  it('no reply box: not a chat (a client’s list page, a settings page)', () => {
    expect(looks(`<div class="scroll">${rows(20)}</div><input type="text" />`)).toBe(false);
  });

  it('a reply box with no list of rows: not a chat (a page still loading, a form)', () => {
    expect(looks(`<div class="scroll">${rows(2)}</div><textarea></textarea>`)).toBe(false);
  });

  it('a short list that does not scroll: not a chat', () => {
    expect(looks(`<nav>${rows(4, 'a')}</nav><textarea></textarea>`)).toBe(false);
  });

  it('our own UI does not count: the bar’s rows and its search box are ours', () => {
    expect(looks(`<div data-huashu-ui=""><ul>${rows(9, 'li')}</ul><textarea></textarea></div>`)).toBe(false);
  });
});
