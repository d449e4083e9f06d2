import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { stopServiceWorker, tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { startExtension } from './support/extension';
import { requestFromBackground } from './support/background-request';
import { defaultPack } from '../../utils/packs/default-pack';
import { defaultPhraseByUid, fixedWordingOf, isInsertedFormOf } from './support/phrase-match';
import { clickInsert, phraseUidOf, waitForSuggestion } from '../../utils/dev-tools/browser/suggestion-panel';

describe('Chrome stops the idle service worker: the next request still gets the right answer', () => {
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    extension = await startExtension();
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('wakes the worker, which re-reads the library from IndexedDB and suggests as before', async () => {
    const demo = await extension.openExtensionPage('demo.html');
    await demo.locator('.conv-item', { hasText: '议价' }).first().click();
    await waitForSuggestion(demo, 'bargaining');
    const demoTab = await tabIdOf(extension, demo);

    await stopServiceWorker(extension);

    // The popup asks the freshly woken worker for suggestions for the demo's open chat.
    const popup = await extension.openExtensionPage(`popup.html?tab=${demoTab}`);
    const suggestion = await waitForSuggestion(popup, 'bargaining');
    await clickInsert(suggestion);
    const input = demo.locator('textarea#demo-reply-input');
    await expect.poll(() => input.inputValue()).not.toBe('');
    expect(isInsertedFormOf(defaultPhraseByUid(await phraseUidOf(suggestion)), await input.inputValue())).toBe(true);

    // Stopped again: searching the library still finds phrases, and a result inserts on click.
    await stopServiceWorker(extension);
    await popup.locator('[data-testid="library-search"]').fill('包邮');
    const result = popup.locator('[data-testid="search-result"]', { hasText: '包邮' }).first();
    await result.waitFor({ timeout: 20_000 });
    const phrase = defaultPhraseByUid(await phraseUidOf(result));
    expect(phrase.text).toContain('包邮');
    const before = await input.inputValue();
    await result.click();
    await expect.poll(() => input.inputValue()).not.toBe(before);
    const after = await input.inputValue();
    for (const part of fixedWordingOf(phrase)) expect(after).toContain(part);
  });

  it('keeps what the lead changed: a removed default pack stays removed after a restart, and comes back only on request', async () => {
    const demo = await extension.openExtensionPage('demo.html');
    await demo.locator('.conv-item', { hasText: '议价' }).first().click();
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, demo)}`);
    await waitForSuggestion(popup, 'bargaining');
    await requestFromBackground(popup, 'removePack', { packId: defaultPack().id });

    await stopServiceWorker(extension);
    const status = await requestFromBackground(popup, 'getLibraryStatus', undefined);
    expect(status.phraseCount).toBe(0);
    expect(status.defaultPackRemoved).toBe(true);
    await popup.reload();
    await popup.locator('[data-testid="state-library-empty"]').waitFor({ timeout: 15_000 });

    await requestFromBackground(popup, 'restoreDefaultPack', undefined);
    await stopServiceWorker(extension);
    await popup.reload();
    await waitForSuggestion(popup, 'bargaining');
  });
});
