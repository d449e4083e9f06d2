import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { parseImportFile } from '../../utils/packs/parse-import-file';
import { auditControlNames } from './support/accessibility';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'packs', name);

interface BackupFile {
  tables: { usage: { phraseUid: string; count: number }[] };
}

/** The lead's import wizard on the options page: upload a file (step 1), read the preview (step 2). */
async function previewImport(page: Page, file: string, fields: { id?: string; version?: string }) {
  await page.getByTestId('open-import').click();
  await expect.poll(() => page.getByTestId('import-dialog').getAttribute('data-step')).toBe('0');
  await page.getByTestId('import-file').setInputFiles(fixture(file));
  await expect.poll(() => page.getByTestId('import-chosen').textContent()).toContain(file);
  if (fields.id) await page.getByTestId('import-id').fill(fields.id);
  if (fields.version) await page.getByTestId('import-version').fill(fields.version);
  await page.getByTestId('import-preview').click();
  await page.getByTestId('import-preview-result').waitFor({ timeout: 20_000 });
  expect(await page.getByTestId('import-dialog').getAttribute('data-step')).toBe('1');
}

/** Confirm (step 2 → 完成), then close the wizard. */
async function confirmImport(page: Page) {
  await page.getByTestId('import-confirm').click();
  await expect.poll(() => page.getByTestId('import-dialog').getAttribute('data-step'), { timeout: 20_000 }).toBe('2');
  await page.getByTestId('import-done').click();
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
}

const countOf = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-count'));
/** Rows a preview table shows on its first page. */
const rowsShown = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"] tbody tr.ant-table-row`).count();

/**
 * Closes the phrase drawer when one is open, as the lead does before going on with the page. The
 * drawer's close motion can hide its button between "visible" and the click: the click is only
 * tried, and the drawer's being hidden is what is waited for and asserted.
 */
async function closePhrase(page: Page) {
  const editor = page.locator('[data-testid="options-phrase"]');
  if (await editor.isVisible()) {
    await page
      .getByRole('button', { name: '关闭话术详情' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
  }
  await editor.waitFor({ state: 'hidden' });
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
  // Each test starts from a freshly loaded page, so a drawer or wizard a failed test left open
  // cannot cover the next test's controls (the library itself carries over, as the tests intend).
  beforeEach(async () => {
    await page.reload();
    await page.getByTestId('options-nav-packs').click();
    await page.getByTestId('open-import').waitFor();
  });

  it('imports the 10,000-phrase workbook after a preview that counts it right', async () => {
    await previewImport(page, 'large-10k.xlsx', { id: 'big-shop', version: '1.0.0' });

    expect(await countOf(page, 'preview-added')).toBe(10_000);
    expect(await countOf(page, 'preview-changed')).toBe(0);
    expect(await countOf(page, 'preview-removed')).toBe(0);
    expect(await countOf(page, 'preview-invalid')).toBe(0);
    // The added phrases as a table, a page at a time.
    expect(await countOf(page, 'preview-added-list')).toBe(10_000);
    expect(await rowsShown(page, 'preview-added-list')).toBe(10);

    await confirmImport(page);
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
    await confirmImport(page);
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
    // Each changed phrase marks the fields that changed.
    expect(await rowsShown(page, 'preview-changed-list')).toBe(2);
    expect(await page.locator('[data-testid="preview-changed-list"] td[data-changed-field]').count()).toBeGreaterThanOrEqual(1);
    await confirmImport(page);
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

  it('shows a broken workbook’s bad rows by sheet, row, column and reason, and installs nothing', async () => {
    await page.getByTestId('options-nav-packs').click();
    const before = await requestFromBackground(page, 'getLibraryStatus', undefined);
    await previewImport(page, 'broken.xlsx', { id: 'broken-sheet', version: '1.0.0' });

    expect(await countOf(page, 'preview-invalid')).toBe(7);
    expect(await countOf(page, 'preview-invalid-rows')).toBe(7);
    const row3 = page.locator('[data-testid="preview-invalid-rows"] [data-testid="invalid-row"][data-row="3"]');
    const cells = await row3.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['话术', '3', '分类']);
    expect(cells[3]).toContain('分类不能为空');
    // Only skipping the bad rows is offered; the lead cancels instead.
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    await page.getByTestId('import-skip-invalid').waitFor();
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    const after = await requestFromBackground(page, 'getLibraryStatus', undefined);
    expect(after.packs.map((pack) => pack.id)).toEqual(before.packs.map((pack) => pack.id));
    expect(after.phraseCount).toBe(before.phraseCount);
    expect(after.libraryVersion).toBe(before.libraryVersion);
    expect(await page.locator('[data-testid="installed-pack"][data-pack-id="broken-sheet"]').count()).toBe(0);
  });

  it('下载模板 downloads an .xlsx template that imports as it is', async () => {
    await page.getByTestId('options-nav-packs').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const bytes = new Uint8Array(readFileSync(path));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const parsed = await parseImportFile(bytes, { fileName: download.suggestedFilename() });
    // The general example, an answer scoped to the template's cup, a holding reply; the cup and the plate with their facts.
    expect(parsed.ok && parsed.invalid.length === 0 && [parsed.pack.phrases.length, parsed.pack.products.length]).toEqual([3, 2]);
  });

  it('the wizard works from the keyboard: every control named, Tab reaches each one inside it, Esc closes it', async () => {
    await page.getByTestId('options-nav-packs').click();
    // Listening early: Playwright turns on file-dialog interception asynchronously once someone listens.
    const fileChooser = page.waitForEvent('filechooser', { timeout: 60_000 });
    const before = await requestFromBackground(page, 'getLibraryStatus', undefined);
    await page.getByTestId('open-import').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('import-dialog').waitFor();

    /** Tab from the dialog's first control until focus comes round again: what it reaches, against what it holds. */
    const tabWalk = async () => {
      const inDialog = () =>
        page.evaluate(() => {
          const dialog = document.querySelector('.ant-modal');
          const all = [...(dialog?.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), [tabindex]') ?? [])].filter(
            (element) =>
              element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
          );
          all.forEach((element, index) => (element.dataset.wizardMark = String(index)));
          return all.length;
        });
      const total = await inDialog();
      const reached = new Set<string>();
      for (let press = 0; press < total + 3; press += 1) {
        await page.keyboard.press('Tab');
        const mark = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.wizardMark ?? null);
        if (mark !== null) reached.add(mark);
      }
      const missed = await page.evaluate(
        (seen) => [...document.querySelectorAll<HTMLElement>('[data-wizard-mark]')].filter((element) => !seen.includes(element.dataset.wizardMark ?? '')).map((element) => element.outerHTML.slice(0, 200)),
        [...reached],
      );
      return { total, reached: reached.size, missed };
    };

    // Step 1: choose the file with the keyboard (the button opens the file dialog).
    const upload = await tabWalk();
    expect(upload.missed).toEqual([]);
    expect((await auditControlNames(extension.context, page)).unnamed).toEqual([]);
    await page.getByRole('button', { name: '选择文件…' }).focus();
    await page.keyboard.press('Enter');
    const chooser = await fileChooser;
    await chooser.setFiles(fixture('tea-shop-v1.csv'));
    await expect.poll(() => page.getByTestId('import-chosen').textContent()).toContain('tea-shop-v1.csv');
    await page.getByTestId('import-version').focus();
    await page.keyboard.type('1.0.0');
    await page.getByTestId('import-preview').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('import-preview-result').waitFor({ timeout: 20_000 });

    // Step 2: the preview's tabs, tables and buttons.
    const preview = await tabWalk();
    expect(preview.total).toBeGreaterThan(5);
    expect(preview.missed).toEqual([]);
    expect((await auditControlNames(extension.context, page)).unnamed).toEqual([]);

    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    // Closed before confirming: nothing was written.
    expect((await requestFromBackground(page, 'getLibraryStatus', undefined)).libraryVersion).toBe(before.libraryVersion);
  });

  it('exports an installed pack as an Excel workbook that reads back as the same phrases', async () => {
    const row = page.locator('[data-testid="installed-pack"][data-pack-id="tea-shop"]');
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('export-pack-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('tea-shop-2.0.0.xlsx');
    const parsed = await parseImportFile(new Uint8Array(readFileSync(await download.path())), { fileName: 'tea-shop-2.0.0.xlsx' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const installed = JSON.parse((await requestFromBackground(page, 'exportPack', { packId: 'tea-shop', format: 'json' })).text) as { phrases: { id: string; text: string }[] };
    expect(parsed.pack.phrases.map(({ id, text }) => ({ id, text }))).toEqual(installed.phrases.map(({ id, text }) => ({ id, text })));
  });
});
