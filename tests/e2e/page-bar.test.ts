import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { phraseUidOf } from '../../utils/dev-tools/browser/suggestion-panel';
import { startExtension } from './support/extension';
import { PINDUODUO_CHAT_URL, serveClientFixture } from './support/client-fixture';
import { refuseUnroutedNetwork } from './support/network';
import { defaultPhraseByUid, isInsertedFormOf } from './support/phrase-match';

/** The same fixture at an address no content script matches: how the page looks without us. */
const CONTROL_URL = 'https://mms.pinduoduo.com/help/chat-copy.html';
const FIXTURE_FILE = fileURLToPath(new URL('../fixtures/e2e/pinduoduo-like-chat.html', import.meta.url));

/** A buyer message as the client renders it (same rows as the fixture's own). */
function appendBuyerMessage(text: string): void {
  const list = document.getElementById('message-list');
  if (!list) throw new Error('no message list');
  const row = document.createElement('li');
  row.className = 'onemsg';
  row.id = `middlePanel_list_m${list.children.length + 1}`;
  row.innerHTML = '<div class="buyer-item"><div currentuid="fixture-buyer-7"><div class="msg-content"><p class="msg-content-box"></p></div></div></div>';
  const bubble = row.querySelector('.msg-content-box');
  if (bubble) bubble.textContent = text;
  list.append(row);
}

/** The agent clicks another conversation: the client re-renders the header and the whole list. */
function openOtherConversation({ nickname, uid, lastMessage }: { nickname: string; uid: string; lastMessage: string }): void {
  document.querySelectorAll('.chat-item').forEach((item, index) => item.classList.toggle('active', index === 1));
  const name = document.querySelector('.chatWindowHeader .name');
  if (name) name.textContent = nickname;
  const list = document.getElementById('message-list');
  if (!list) throw new Error('no message list');
  list.innerHTML =
    '<li class="onemsg" id="middlePanel_list_c1"><div class="msg-system">当前用户来自 订单详情页</div></li>' +
    `<li class="onemsg" id="middlePanel_list_c2"><div class="buyer-item"><div currentuid="${uid}"><div class="msg-content"><p class="msg-content-box"></p></div></div></div></li>`;
  const bubble = list.querySelector('#middlePanel_list_c2 .msg-content-box');
  if (bubble) bubble.textContent = lastMessage;
}

describe('the in-page suggestion bar on a 拼多多-style chat page', () => {
  let extension: ExtensionBrowser;
  let chat: Page;
  let refusedRequests: string[];
  const pageErrors: string[] = [];

  const bar = (): Locator => chat.locator('[data-testid="page-bar"]');
  const barItems = (): Locator => chat.locator('[data-testid="page-bar-suggestion"]');
  const replyBox = (): Locator => chat.locator('#replyTextarea');
  const answering = (): Promise<string | null> => chat.locator('[data-testid="page-bar-buyer-turn"]').textContent();
  const categoriesShown = (): Promise<Array<string | null>> =>
    barItems().evaluateAll((items) => items.map((item) => item.getAttribute('data-category')));

  /** The bar answers the buyer message `text` with three phrases. */
  async function expectBarAnswering(text: string, timeout: number): Promise<void> {
    await expect.poll(answering, { timeout, interval: 25 }).toContain(text);
    await expect.poll(() => barItems().count(), { timeout, interval: 25 }).toBe(3);
  }

  /** The reply box holds `expected` and the page's own model learnt it; nothing was sent. */
  async function expectModelSees(expected: string): Promise<void> {
    expect(await chat.locator('#model-mirror').textContent()).toBe(expected);
    await chat.evaluate(() => (window as unknown as { fixtureRerender(): void }).fixtureRerender());
    expect(await replyBox().inputValue()).toBe(expected);
    expect(await chat.locator('#send-count').textContent()).toBe('0');
  }

  beforeAll(async () => {
    extension = await startExtension();
    refusedRequests = await refuseUnroutedNetwork(extension.context);
    await serveClientFixture(extension.context);
    const fixture = await readFile(FIXTURE_FILE, 'utf8');
    await extension.context.route(CONTROL_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture }));
    chat = await extension.context.newPage();
    chat.on('pageerror', (error) => pageErrors.push(error.message));
    await chat.goto(PINDUODUO_CHAT_URL);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('answers the buyer’s latest message with three numbered phrases when the chat opens', async () => {
    // The first answer waits for the worker to start and seed the default pack.
    await expectBarAnswering('这个能便宜点吗', 20_000);
    expect(await categoriesShown()).toContain('bargaining');
    expect(await barItems().locator('.hs-bar__number').allTextContents()).toEqual(['1', '2', '3']);
  });

  it('shows suggestions for a new buyer message within a second of it landing', async () => {
    const landed = Date.now();
    await chat.evaluate(appendBuyerMessage, '今天能发货吗？发什么快递');
    await expectBarAnswering('今天能发货吗', 1000);
    expect(Date.now() - landed).toBeLessThan(1000);
    expect(await categoriesShown()).toContain('shipping');
  });

  it('inserts the first suggestion on Alt+1, and the page’s model sees it', async () => {
    await replyBox().fill('');
    await replyBox().click();
    const phrase = defaultPhraseByUid(await phraseUidOf(barItems().first()));
    await chat.keyboard.press('Alt+1');
    await expect.poll(() => replyBox().inputValue()).not.toBe('');
    const inserted = await replyBox().inputValue();
    expect(isInsertedFormOf(phrase, inserted), `"${inserted}" should be "${phrase.text}"`).toBe(true);
    await expectModelSees(inserted);
  });

  it('inserts suggestion 2 on a click, at the caret, and the reply box keeps the focus and caret', async () => {
    await replyBox().fill('AB');
    await replyBox().click();
    await replyBox().evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(1, 1));
    const phrase = defaultPhraseByUid(await phraseUidOf(barItems().nth(1)));
    await barItems().nth(1).click();
    await expect.poll(() => replyBox().inputValue()).not.toBe('AB');
    const value = await replyBox().inputValue();
    expect(value.startsWith('A') && value.endsWith('B')).toBe(true);
    expect(isInsertedFormOf(phrase, value.slice(1, -1)), `"${value}" should hold "${phrase.text}" between A and B`).toBe(true);
    const caret = await replyBox().evaluate((box: HTMLTextAreaElement) => ({
      focused: document.activeElement === box,
      start: box.selectionStart,
      end: box.selectionEnd,
    }));
    expect(caret).toEqual({ focused: true, start: value.length - 1, end: value.length - 1 });
    await expectModelSees(value);
  });

  it('never covers the page’s send button', async () => {
    const overlap = await chat.evaluate(() => {
      const host = document.querySelector('[data-huashu-ui]');
      const frame = host?.shadowRoot?.querySelector('[data-testid="page-bar"]');
      const send = document.querySelector('.send-btn');
      if (!frame || !send) throw new Error('bar or send button missing');
      const a = frame.getBoundingClientRect();
      const b = send.getBoundingClientRect();
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    });
    expect(overlap).toBe(false);
  });

  it('leaves the host page’s own styles exactly as they are without the extension', async () => {
    const styles = (page: Page) =>
      page.evaluate(() => {
        const style = (selector: string, property: string) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element).getPropertyValue(property) : null;
        };
        return {
          lang: document.documentElement.lang,
          styleSheets: document.styleSheets.length,
          bodyFont: style('body', 'font-family'),
          bodySize: style('body', 'font-size'),
          bodyLayout: style('body', 'display'),
          replyHeight: style('#replyTextarea', 'height'),
          agentBubble: style('.cs-item .msg-content-box', 'background-color'),
          header: style('.chatWindowHeader', 'font-weight'),
          sendColor: style('.send-btn', 'color'),
        };
      });
    const control = await extension.context.newPage();
    try {
      await control.goto(CONTROL_URL);
      expect(await styles(chat)).toEqual(await styles(control));
    } finally {
      await control.close();
    }
    // Our only element on the page is the bar's shadow host, marked as ours.
    expect(await chat.locator('[data-huashu-ui]').count()).toBe(1);
  });

  it('replaces the suggestions when the agent switches to another conversation', async () => {
    const before = await barItems().evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-uid')));
    await chat.evaluate(openOtherConversation, { nickname: '路过的猫', uid: 'fixture-buyer-8', lastMessage: '收到货了，质量有问题，我要退货退款' });
    await expectBarAnswering('我要退货退款', 1000);
    expect(await categoriesShown()).toContain('after-sales');
    const after = await barItems().evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-uid')));
    expect(after).not.toEqual(before);
  });

  it('stays collapsed after a reload, as the agent left it on this site', async () => {
    await chat.locator('[data-testid="page-bar-collapse"]').click();
    await expect.poll(() => bar().getAttribute('data-collapsed')).toBe('true');
    await chat.reload();
    await bar().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await bar().getAttribute('data-collapsed')).toBe('true');
    expect(await barItems().count()).toBe(0);
    // Alt+1 inserts nothing the agent cannot see.
    await replyBox().fill('');
    await replyBox().click();
    await chat.keyboard.press('Alt+1');
    expect(await replyBox().inputValue()).toBe('');
    await chat.locator('[data-testid="page-bar-collapse"]').click();
    await expect.poll(() => barItems().count()).toBe(3);
  });

  it('hides on Esc and comes back with Alt+0', async () => {
    await replyBox().click();
    await chat.keyboard.press('Escape');
    await expect.poll(() => bar().count()).toBe(0);
    await chat.keyboard.press('Alt+0');
    await expect.poll(() => barItems().count()).toBe(3);
  });

  it('removes itself quietly when the extension is reloaded or removed under the open page', async () => {
    const worker = await extension.serviceWorker();
    // As on an update or an uninstall: this tab keeps its old script, now cut off from the extension.
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => chat.locator('[data-huashu-ui]').count(), { timeout: 10_000 }).toBe(0);
    // The page still works as before, and saw none of our errors.
    await replyBox().fill('好的');
    expect(await chat.locator('#model-mirror').textContent()).toBe('好的');
    expect(pageErrors).toEqual([]);
  });

  it('sent nothing to the network', () => {
    expect(refusedRequests).toEqual([]);
  });
});
