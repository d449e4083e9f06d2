import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { clickInsert, phraseUidOf, suggestionsOf, waitForSuggestion } from '../../utils/dev-tools/browser/suggestion-panel';
import { openClientFixture, startWithClientFixture } from './support/open-client-fixture';
import { defaultPhraseByUid, isInsertedFormOf } from './support/phrase-match';

const LAST_BUYER_MESSAGE = '这个能便宜点吗？买两件包邮吗';

describe('a 拼多多-style chat page: the popup answers the open chat and fills its reply box', () => {
  let extension: ExtensionBrowser;
  let chat: Page;
  let refusedRequests: string[];

  beforeAll(async () => {
    ({ extension, refusedRequests } = await startWithClientFixture());
    chat = await openClientFixture(extension);
  });
  afterAll(async () => {
    await extension?.close();
  });

  /** The agent was typing in the chat's (empty) reply box, then opened the popup. */
  async function openPopupFromReplyBox(): Promise<Page> {
    await chat.locator('#replyTextarea').fill('');
    await chat.locator('#replyTextarea').click();
    return extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
  }

  /** The reply box holds the phrase, the page's own model saw it, and nothing was sent. */
  async function expectInsertedWithoutSending(uid: string | null): Promise<void> {
    const phrase = defaultPhraseByUid(uid);
    const replyBox = chat.locator('#replyTextarea');
    await expect.poll(() => replyBox.inputValue()).not.toBe('');
    const inserted = await replyBox.inputValue();
    expect(isInsertedFormOf(phrase, inserted), `"${inserted}" should be "${phrase.text}"`).toBe(true);
    // The page's model learnt the text from an `input` event, so its next render keeps it.
    expect(await chat.locator('#model-mirror').textContent()).toBe(inserted);
    await chat.evaluate(() => (window as unknown as { fixtureRerender(): void }).fixtureRerender());
    expect(await replyBox.inputValue()).toBe(inserted);
    // The agent always presses 发送 themselves.
    expect(await chat.locator('#send-count').textContent()).toBe('0');
    expect(await chat.locator('.cs-item .msg-content-box').allTextContents()).not.toContain(inserted);
  }

  it('reads the buyer’s last message, suggests a 议价 phrase and inserts it on 插入 so the page’s model sees it, without sending', async () => {
    const popup = await openPopupFromReplyBox();
    // The popup can only know this sentence through the content script on the chat page.
    await expect
      .poll(() => popup.locator('[data-testid="buyer-turn"]').textContent(), { timeout: 20_000 })
      .toContain(LAST_BUYER_MESSAGE);
    const suggestion = await waitForSuggestion(popup, 'bargaining');
    await clickInsert(suggestion);
    await expectInsertedWithoutSending(await phraseUidOf(suggestion));
  });

  it('inserts the first suggestion with the key 1, without the mouse', async () => {
    const popup = await openPopupFromReplyBox();
    await waitForSuggestion(popup, 'bargaining');
    const first = suggestionsOf(popup).first();
    await popup.keyboard.press('1');
    await expectInsertedWithoutSending(await phraseUidOf(first));
  });

  it('selects the {日期} a phrase from the library search leaves for the agent, so typing the date replaces it', async () => {
    const popup = await openPopupFromReplyBox();
    await popup.locator('[data-testid="library-search"]').fill('临时缺货');
    await popup.locator('[data-testid="search-result"][data-phrase-uid$="/shipping-048"]').click();
    const replyBox = chat.locator('#replyTextarea');
    await expect.poll(() => replyBox.inputValue()).toContain('{日期}');
    const selected = await replyBox.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));
    expect(selected).toBe('{日期}');
  });

  it('sent nothing to the network while reading the chat and inserting', () => {
    expect(refusedRequests).toEqual([]);
  });
});
