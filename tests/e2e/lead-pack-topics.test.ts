import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { phraseUidOf } from '../../utils/dev-tools/browser/suggestion-panel';
import { bytesToBase64 } from '../../utils/packs/base64';
import { requestFromBackground } from './support/background-request';
import { receiveBuyerMessage } from './support/client-conversation';
import { openClientFixture, startWithClientFixture } from './support/open-client-fixture';

const PACK = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'packs', 'wholesale-topics-pack.json'));

describe("a lead's pack with its own category and topics", () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];
  let chat: Page;
  const barItems = (): Locator => chat.locator('[data-testid="page-bar-suggestion"]');

  beforeAll(async () => {
    ({ extension, refusedRequests } = await startWithClientFixture());
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('is imported, its topic model trained on the next request, and its phrase leads the bar for a wording it never listed', async () => {
    const popup = await extension.openExtensionPage('popup.html');
    const answer = await requestFromBackground(popup, 'previewImport', {
      file: { base64: bytesToBase64(new Uint8Array(PACK)), fileName: 'wholesale-topics-pack.json' },
      options: {},
    });
    if (!answer.ok) throw new Error(answer.problems.map((problem) => problem.reason).join('\n'));
    const committed = await requestFromBackground(popup, 'commitImport', { previewId: answer.previewId, expectedLibraryVersion: answer.preview.libraryVersion });
    expect(committed).toMatchObject({ status: 'committed', packId: 'wholesale-shop' });

    chat = await openClientFixture(extension);
    // No wording of the pack says this; its triggers say 先要个样看看 and 先寄个样品.
    await receiveBuyerMessage(chat, '可以先要个样品看看吗 质量好的话再大量订');
    await expect.poll(async () => (await barItems().count()) > 0 && phraseUidOf(barItems().first()), { timeout: 10_000, interval: 50 }).toBe(
      'wholesale-shop/w-samples-1',
    );
    expect(await barItems().first().getAttribute('data-category')).toBe('wholesale');
    expect(refusedRequests).toEqual([]);
  });
});
