import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { pageRequests } from '../../utils/messaging/page-protocol';
import { openClientFixture, startWithClientFixture } from './support/open-client-fixture';

/**
 * A product fact from the facts card goes into a 拼多多-style chat's reply box (served at its real
 * URL) at the agent's caret, as plain text: the popup's `insertPlainText` page request, sent as
 * the popup sends it (tabs.sendMessage in @webext-core's wire format), through the page's one
 * insertion path. The facts card itself shows once the engine recognises the chat's product.
 */
describe('a product fact goes into the reply box at the caret', () => {
  let extension: ExtensionBrowser;
  let chat: Page;
  let popup: Page;
  let chatTabId: number;
  let refusedRequests: string[];

  beforeAll(async () => {
    ({ extension, refusedRequests } = await startWithClientFixture());
    chat = await openClientFixture(extension);
    chatTabId = await tabIdOf(extension, chat);
  });
  afterAll(async () => {
    await extension?.close();
  });

  const replyBox = () => chat.locator('#replyTextarea');

  /** What the popup sends for a click on a fact, and the page's answer (`{ res }` or `{ err }`). */
  function sendFromPopup(data: unknown): Promise<{ res?: unknown; err?: { message?: string } }> {
    return popup.evaluate(
      ({ tabId, data }) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, message: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(tabId, {
          id: 1,
          type: 'insertPlainText',
          data,
          timestamp: Date.now(),
        }) as Promise<{ res?: unknown; err?: { message?: string } }>,
      { tabId: chatTabId, data },
    );
  }

  it('inserts the fact where the agent left the caret, as written, and sends nothing', async () => {
    await replyBox().fill('亲，这款保修，放心买');
    await replyBox().click();
    // The caret after 保修, where the agent stopped typing.
    await replyBox().evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(6, 6));
    await chat.keyboard.press('ArrowLeft');
    await chat.keyboard.press('ArrowRight');
    popup = await extension.openExtensionPage(`popup.html?tab=${chatTabId}`);

    const answer = await sendFromPopup({ text: '整机保修一年{不代填}' });
    const result = pageRequests.insertPlainText.result.parse(answer.res);
    expect(result).toMatchObject({ ok: true, text: '整机保修一年{不代填}' });
    await expect.poll(() => replyBox().inputValue()).toBe('亲，这款保修整机保修一年{不代填}，放心买');
    // The page's own model saw it (an `input` event), and the agent still presses 发送 themselves.
    expect(await chat.locator('#model-mirror').textContent()).toBe('亲，这款保修整机保修一年{不代填}，放心买');
    expect(await chat.locator('#send-count').textContent()).toBe('0');
    // Nothing of the fact is selected as a blank to fill: the caret sits right after it.
    const caret = await replyBox().evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd]);
    expect(caret).toEqual([17, 17]);
  });

  it('refuses a malformed request and inserts nothing', async () => {
    await replyBox().fill('');
    const answer = await sendFromPopup({ text: '' });
    expect(answer.err?.message ?? '').toMatch(/insertPlainText.*does not fit the protocol/s);
    expect(await replyBox().inputValue()).toBe('');
  });

  it('sent nothing to the network', () => {
    expect(refusedRequests).toEqual([]);
  });
});
