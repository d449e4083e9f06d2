import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'packs', name);

interface BackupFile {
  tables: { usage: { phraseUid: string; count: number }[] };
}

/** The lead's import flow on the options page: choose a file, read the preview, confirm. */
async function previewImport(page: Page, file: string, fields: { id?: string; version?: string }) {
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(fixture(file));
  if (fields.id) await page.getByTestId('import-id').fill(fields.id);
  if (fields.version) await page.getByTestId('import-version').fill(fields.version);
  await page.getByTestId('import-preview').click();
  await page.getByTestId('import-preview-result').waitFor({ timeout: 20_000 });
}

const countOf = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-count'));

/** Closes the phrase drawer when one is open, as the lead does before going on with the page. */
async function closePhrase(page: Page) {
  const close = page.getByRole('button', { name: '关闭话术详情' });
  if (await close.isVisible()) {
    await close.click();
    await page.locator('[data-testid="options-phrase"]').waitFor({ state: 'hidden' });
  }
}

/** Finds a phrase in the 话术 section and opens it in the editor (the phrase's drawer). */
async function openPhrase(page: Page, query: string, uid: string) {
  await closePhrase(page);
  await page.getByTestId('options-nav-phrases').click();
  await page.getByTestId('options-phrase-search').fill(query);
  await page.locator(`[data-testid="options-phrase-row"][data-phrase-uid="${uid}"]`).getByTestId('phrase-open').click();
  const editor = page.locator(`[data-testid="options-phrase"][data-phrase-uid="${uid}"]`);
  await editor.waitFor();
  return editor;
}

describe('a team lead manages the library on the options page', () => {
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    extension = await startExtension();
    page = await extension.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('imports the 10,000-phrase workbook after a preview that counts it right', async () => {
    await previewImport(page, 'large-10k.xlsx', { id: 'big-shop', version: '1.0.0' });

    expect(await countOf(page, 'preview-added')).toBe(10_000);
    expect(await countOf(page, 'preview-changed')).toBe(0);
    expect(await countOf(page, 'preview-removed')).toBe(0);
    expect(await countOf(page, 'preview-invalid')).toBe(0);

    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('packs-notice').textContent(), { timeout: 20_000 }).toContain('已导入');
    await page.locator('[data-testid="installed-pack"][data-pack-id="big-shop"][data-version="1.0.0"]').waitFor();
    const status = await requestFromBackground(page, 'getLibraryStatus', undefined);
    expect(status.phraseCount).toBeGreaterThanOrEqual(10_000);

    // The whole library in the 话术 list, drawn a screenful at a time.
    await page.getByTestId('options-nav-phrases').click();
    await expect.poll(async () => Number(await page.getByTestId('options-phrases').getAttribute('data-count')), { timeout: 10_000 }).toBe(status.phraseCount);
    expect(await page.getByTestId('options-phrase-row').count()).toBeLessThan(60);
    await page.getByTestId('options-nav-packs').click();
  });

  it('upgrades a pack to v2 and keeps the agent’s own phrase, wording and usage; a locked phrase stays locked', async () => {
    await previewImport(page, 'tea-shop-v1.csv', { id: 'tea-shop', version: '1.0.0' });
    await page.getByTestId('import-confirm').click();
    await page.locator('[data-testid="installed-pack"][data-pack-id="tea-shop"][data-version="1.0.0"]').waitFor();

    // The agent's own history: usage of a phrase, a personal rewording, a phrase of their own.
    await requestFromBackground(page, 'recordInsertion', { phraseUid: 'tea-shop/brew-002', intent: 'product' });
    await requestFromBackground(page, 'recordInsertion', { phraseUid: 'tea-shop/brew-002', intent: 'product' });

    const coldBrew = await openPhrase(page, '冷泡', 'tea-shop/brew-002');
    await coldBrew.getByTestId('phrase-edit').click();
    await coldBrew.getByTestId('phrase-edit-text').fill('亲，冷泡完全可以，冰箱里放四小时就好～');
    await coldBrew.getByTestId('phrase-save').click();
    await coldBrew.getByTestId('phrase-edited').waitFor();
    await closePhrase(page);

    await page.getByTestId('personal-text').fill('亲，我们家的茶都是当季新茶哦～');
    await page.getByTestId('personal-add').click();
    await expect.poll(() => page.getByTestId('phrases-message').textContent()).toContain('已添加');

    // greet-001 is locked by the lead: rewording it is refused, with the reason.
    const greeting = await openPhrase(page, '欢迎光临', 'tea-shop/greet-001');
    await expect.poll(() => greeting.getAttribute('data-locked')).toBe('true');
    await greeting.getByTestId('phrase-edit').click();
    await greeting.getByTestId('phrase-edit-text').fill('你好');
    await greeting.getByTestId('phrase-save').click();
    await expect.poll(() => page.getByTestId('phrases-message').textContent()).toContain('锁定');
    expect(await page.getByTestId('phrases-message').getAttribute('role')).toBe('alert');

    await closePhrase(page);
    await page.getByTestId('options-nav-packs').click();
    await previewImport(page, 'tea-shop-v2.csv', { id: 'tea-shop', version: '2.0.0' });
    expect(await page.getByTestId('import-preview-result').getAttribute('data-upgrade')).toBe('newer');
    expect(await countOf(page, 'preview-added')).toBe(1);
    expect(await countOf(page, 'preview-changed')).toBe(2);
    expect(await countOf(page, 'preview-removed')).toBe(1);
    expect(await countOf(page, 'preview-kept-edits')).toBe(1);
    await page.getByTestId('import-confirm').click();
    await page.locator('[data-testid="installed-pack"][data-pack-id="tea-shop"][data-version="2.0.0"]').waitFor();

    await openPhrase(page, '冷泡', 'tea-shop/brew-002');
    await coldBrew.getByTestId('phrase-edited').waitFor();
    expect(await coldBrew.getByTestId('phrase-text').textContent()).toBe('亲，冷泡完全可以，冰箱里放四小时就好～');
    await closePhrase(page);
    await page.getByTestId('options-phrase-search').fill('当季新茶');
    await page.locator('[data-testid="options-phrase-row"][data-phrase-uid^="personal/"]').waitFor();

    const backup = JSON.parse((await requestFromBackground(page, 'backup', undefined)).text) as BackupFile;
    const usage = backup.tables.usage.filter((row) => row.phraseUid === 'tea-shop/brew-002');
    expect(usage.reduce((sum, row) => sum + row.count, 0)).toBe(2);
  });
});
