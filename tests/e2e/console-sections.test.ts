import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { OUR_DESK_SITE } from '../fixtures/custom-sites/our-desk-site';
import { auditControlNames, markFocusableControls, reachedByTab } from './support/accessibility';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

/**
 * The console's 违规词 and 设置 pages in Chromium with the built extension: a team lead finds an
 * agent's flag with the search box and rejects it (the agent's popup then lists it as rejected),
 * and 设置 refuses a broken field with the schema's rule under it, then saves. The states a click
 * opens (the custom-site form with its errors, the remove confirmation) keep every control named
 * and reachable, as keyboard-access.test.ts holds the sections as they first open.
 */
describe('the console’s wording rules and settings pages', () => {
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    extension = await startExtension();
  });
  afterAll(async () => {
    await extension?.close();
  });

  const rows = (page: Page, table: string) => page.locator(`[data-testid="${table}"] [data-testid="wording-rule"]`);

  it('违规词: the search finds an agent’s flag, 驳回 tags it 已驳回, and the agent sees it rejected', async () => {
    const page = await extension.openExtensionPage('options.html#wording');
    await requestFromBackground(page, 'flagWording', { term: '老地方聊', reason: '暗指私下联系，站外引流', category: 'off-platform' });
    await page.reload();
    const search = page.getByRole('searchbox', { name: '搜索词条、类别、来源或状态' });

    await search.fill('老地方');
    const flag = rows(page, 'wording-flags').first();
    await expect.poll(() => flag.getByTestId('wording-rule-status').textContent(), { timeout: 10_000 }).toBe('待审核');
    await expect.poll(() => rows(page, 'wording-rules').count()).toBe(0);

    await flag.getByRole('button', { name: /^驳\s?回$/ }).click();
    await expect.poll(() => flag.getByTestId('wording-rule-status').textContent()).toBe('已驳回');
    const flags = await requestFromBackground(page, 'listFlags', undefined);
    expect(flags.find((listed) => listed.term === '老地方聊')?.status).toBe('rejected');

    // A category's name finds its rules, across the table's pages.
    await search.fill('发票');
    await expect.poll(() => rows(page, 'wording-rules').count()).toBeGreaterThan(1);
    const categories = await rows(page, 'wording-rules').locator('td:nth-child(2)').allTextContents();
    expect(new Set(categories)).toEqual(new Set(['发票']));
    await page.close();
  });

  it('设置: a broken field says its rule under it and nothing is saved; fixed, it is saved and kept', async () => {
    const page = await extension.openExtensionPage('options.html#settings');
    const shopName = page.getByLabel('店铺名（填入话术里的店铺名占位）');
    const count = page.getByLabel('每次建议的话术条数（1–10）');
    await expect.poll(() => count.inputValue()).not.toBe('');
    const savedShopName = await shopName.inputValue();
    await shopName.fill('米家旗舰店');
    await count.fill('');
    await page.getByTestId('settings-save').click();

    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('有 1 处需要修改，见下方红字');
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    const errorId = await count.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('建议条数是 1 到 10 的整数');
    await page.reload();
    await expect.poll(() => page.getByLabel('每次建议的话术条数（1–10）').inputValue()).not.toBe('');
    expect(await page.getByLabel('店铺名（填入话术里的店铺名占位）').inputValue()).toBe(savedShopName);

    await page.getByLabel('店铺名（填入话术里的店铺名占位）').fill('米家旗舰店');
    await page.getByLabel('每次建议的话术条数（1–10）').fill('3');
    await page.getByTestId('settings-save').click();
    await page.getByText('设置已保存。').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('店铺名（填入话术里的店铺名占位）').inputValue()).toBe('米家旗舰店');
    expect(await page.getByLabel('每次建议的话术条数（1–10）').inputValue()).toBe('3');

    // The language, chosen from the console's dropdown by keyboard, turns the whole page English.
    await page.locator('#settings-language').focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('.ant-select-dropdown').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('settings-language').textContent()).toBe('English');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-save').textContent(), { timeout: 10_000 }).toBe('Save settings');
    expect(await page.getByTestId('options-nav-wording').textContent()).toBe('Risky wording');
    await page.close();
  });

  it('自定义站点: the form with its errors and the remove confirmation name every control; Tab reaches the form’s', async () => {
    const page = await extension.openExtensionPage('options.html#custom-sites');
    // One stored site, and the page in Chinese again (the test before chose English).
    await page.evaluate(
      (site) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
          customSites: [site],
          settings: { language: 'zh-CN' },
        }),
      OUR_DESK_SITE,
    );
    await page.reload();
    await page.getByTestId('custom-site').waitFor();

    await page.getByTestId('custom-site-add').click();
    await page.getByTestId('custom-site-save').click();
    await page.getByRole('alert').first().waitFor();
    expect((await auditControlNames(extension.context, page)).unnamed).toEqual([]);
    const focusable = await markFocusableControls(page);
    const reached = await reachedByTab(page, focusable.length + 3);
    expect(focusable.filter((mark) => !reached.includes(mark))).toEqual([]);

    await page.getByRole('button', { name: '试一试' }).click();
    await page.getByRole('button', { name: /^删\s?除$/ }).click();
    await page.getByRole('dialog').waitFor();
    expect((await auditControlNames(extension.context, page)).unnamed).toEqual([]);
    // The dialog takes the focus, so Escape (not a mouse) closes it and keeps the site.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await page.getByTestId('custom-site').count()).toBe(1);
    await page.close();
  });
});
