import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { bytesToBase64 } from '../../utils/packs/base64';
import { packSchema, type PackInput } from '../../utils/schemas/pack';
import { auditControlNames, markFocusableControls, reachedByTab } from './support/accessibility';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

/** The team's pack (format 3): a cup with a warranty and a SKU, a kettle; phrases scoped to them. */
const TEAM_PACK: PackInput = {
  format: 3,
  id: 'team-goods',
  name: '团队商品话术',
  version: '1.0.0',
  author: '主管',
  products: [
    {
      name: '儿童保温杯',
      keywords: ['保温杯', '儿童杯'],
      ids: [{ platform: 'pdd', itemId: '6524871930' }],
      facts: { 保修: '整机保修一年', 材质: '316不锈钢' },
      skus: [{ name: '粉色 600ml', facts: { 容量: '600ml' } }],
    },
    { name: '电热水壶', keywords: ['水壶'], facts: { 材质: '304不锈钢' } },
  ],
  phrases: [
    { id: 'cup-warranty', text: '亲，这款杯子{商品.保修}哦～', category: 'product', products: ['儿童保温杯'] },
    { id: 'material', text: '亲，材质是{商品.材质}，放心使用～', category: 'product', products: ['儿童保温杯', '电热水壶'] },
  ],
};
const CUP = '[data-testid="product-row"][data-product-uid="team-goods/儿童保温杯"]';

async function installTeamPack(page: Page): Promise<void> {
  const answer = await requestFromBackground(page, 'previewImport', {
    file: { base64: bytesToBase64(new TextEncoder().encode(JSON.stringify(TEAM_PACK))), fileName: 'team-goods.json' },
  });
  if (!answer.ok) throw new Error(answer.problems.map((problem) => problem.reason).join('\n'));
  const committed = await requestFromBackground(page, 'commitImport', { previewId: answer.previewId, expectedLibraryVersion: answer.preview.libraryVersion });
  expect(committed).toMatchObject({ status: 'committed', packId: 'team-goods', version: '1.0.0' });
}

async function installedTeamPack(page: Page) {
  return packSchema.parse(JSON.parse((await requestFromBackground(page, 'exportPack', { packId: 'team-goods', format: 'json' })).text));
}

/** 话术 in draft mode, on the team pack's draft (the select closed again). */
async function openTeamGoodsDraft(page: Page): Promise<void> {
  await page.getByTestId('options-nav-phrases').click();
  await page.getByTestId('library-mode-draft').click();
  await page.getByTestId('library-draft-pack').click();
  await page.locator('.ant-select-item-option', { hasText: '团队商品话术' }).click();
  await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
}

/** The facts the drawer shows, name → value, in order. */
async function drawerFacts(page: Page, testId: string): Promise<[string, string][]> {
  const facts = page.getByTestId('product-drawer').getByTestId(testId).first().getByTestId('product-fact');
  return facts.evaluateAll((spans) => spans.map((span) => [span.getAttribute('data-fact') ?? '', span.textContent ?? ''] as [string, string]));
}

/**
 * Closes the product's drawer as the lead does before going on with the page, and waits until
 * its close motion has ended (until then the drawer still holds the focus, and covers the page).
 */
async function closeDrawer(page: Page): Promise<void> {
  await page.getByRole('button', { name: '关闭商品详情' }).click();
  await expect.poll(() => page.locator('.ant-drawer-open, .ant-drawer-mask:visible').count()).toBe(0);
  await page.getByTestId('product-drawer').waitFor({ state: 'hidden' });
}

describe('商品: a team lead edits a product in the team pack’s draft and publishes it', () => {
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    extension = await startExtension();
    page = await extension.openExtensionPage('options.html#products');
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('lists the installed products read-only, as agents see them', async () => {
    await installTeamPack(page);
    await page.getByTestId('options-nav-products').click();
    await page.locator(CUP).waitFor();
    await expect.poll(() => page.getByTestId('product-row').count()).toBe(2);
    // name, pack, keywords, ids, facts, SKUs, scoped phrases
    const cells = await page.locator(CUP).locator('td').allTextContents();
    expect(cells.slice(0, 7)).toEqual(['儿童保温杯', '团队商品话术', '保温杯、儿童杯', 'pdd:6524871930', '2', '1', '2']);

    await page.locator(CUP).getByRole('button', { name: '查看商品「儿童保温杯」' }).click();
    await expect.poll(() => drawerFacts(page, 'product-facts')).toEqual([
      ['保修', '整机保修一年'],
      ['材质', '316不锈钢'],
    ]);
    expect(await page.getByTestId('product-drawer').getByTestId('product-editor').count()).toBe(0);
    await closeDrawer(page);
  });

  it('in the draft, edits the cup’s warranty and adds a SKU: one unpublished change; the installed pack is untouched', async () => {
    await page.getByTestId('library-mode-draft').click();
    // The pack with products is the draft's pack unless the lead picks another.
    await expect.poll(() => page.getByTestId('library-draft-banner').textContent()).toContain('团队商品话术');
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('0');
    await page.locator(CUP).getByRole('button', { name: '编辑商品「儿童保温杯」' }).click();
    const editor = page.getByTestId('product-editor');
    await editor.getByRole('textbox', { name: '第 1 项参数值', exact: true }).fill('整机保修两年');
    await editor.getByTestId('product-sku-add').click();
    await editor.getByRole('textbox', { name: '第 2 个 SKU 名称' }).fill('蓝色 400ml');
    await editor.getByRole('button', { name: '给第 2 个 SKU 添加参数' }).click();
    await editor.getByRole('textbox', { name: '第 2 个 SKU 的第 1 项参数名' }).fill('颜色');
    await editor.getByRole('textbox', { name: '第 2 个 SKU 的第 1 项参数值' }).fill('蓝色');

    // Named and reached by Tab, with the editor open.
    expect((await auditControlNames(extension.context, page)).unnamed).toEqual([]);
    await editor.getByTestId('product-save').click();

    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('1');
    await expect.poll(() => page.getByTestId('products-message').textContent()).toContain('商品「儿童保温杯」已记入草稿');
    await page.locator(CUP).getByTestId('product-changed').waitFor();
    expect((await installedTeamPack(page)).products[0]?.facts['保修']).toBe('整机保修一年');
    await closeDrawer(page);
  });

  it('发布新版本 installs 1.0.1 with the product’s change; after a reload the products table shows it', async () => {
    await page.getByTestId('library-draft-publish').click();
    await expect.poll(() => page.getByTestId('library-published').getAttribute('data-version'), { timeout: 20_000 }).toBe('1.0.1');

    const installed = await installedTeamPack(page);
    expect(installed.version).toBe('1.0.1');
    expect(installed.products[0]).toEqual({
      name: '儿童保温杯',
      keywords: ['保温杯', '儿童杯'],
      ids: [{ platform: 'pdd', itemId: '6524871930' }],
      facts: { 保修: '整机保修两年', 材质: '316不锈钢' },
      skus: [
        { name: '粉色 600ml', facts: { 容量: '600ml' } },
        { name: '蓝色 400ml', facts: { 颜色: '蓝色' } },
      ],
    });
    expect(installed.phrases.map((phrase) => phrase.products)).toEqual([['儿童保温杯'], ['儿童保温杯', '电热水壶']]);

    await page.reload();
    await page.locator(CUP).waitFor();
    expect((await page.locator(CUP).locator('td').allTextContents()).slice(4, 7)).toEqual(['2', '2', '2']);
    await page.locator(CUP).getByTestId('product-open').click();
    await expect.poll(() => drawerFacts(page, 'product-facts')).toEqual([
      ['保修', '整机保修两年'],
      ['材质', '316不锈钢'],
    ]);
    await expect.poll(() => page.getByTestId('product-sku').evaluateAll((skus) => skus.map((sku) => sku.getAttribute('data-sku')))).toEqual(['粉色 600ml', '蓝色 400ml']);
  });

  it('every control of the section has a name and Tab reaches it', async () => {
    await closeDrawer(page);
    const audit = await auditControlNames(extension.context, page);
    expect(audit.unnamed).toEqual([]);
    const focusable = await markFocusableControls(page);
    const reached = await reachedByTab(page, focusable.length + 3);
    expect(focusable.filter((mark) => !reached.includes(mark))).toEqual([]);
  });

  it('in 话术’s draft, a phrase is given a second product; the products table counts it for that product', async () => {
    await openTeamGoodsDraft(page);
    const row = page.locator('[data-testid="options-phrase-row"][data-phrase-uid="team-goods/cup-warranty"]');
    await row.getByTestId('phrase-open').click();
    await page.getByRole('combobox', { name: '适用商品（不选：适用于所有商品）' }).click();
    await page.locator('.ant-select-item-option', { hasText: '电热水壶' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('draft-save-products').click();
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('1');
    await page.getByRole('button', { name: '关闭话术详情' }).click({ timeout: 5_000 }).catch(() => undefined);

    await page.getByTestId('options-nav-products').click();
    await page.getByTestId('library-mode-draft').click();
    const kettle = page.locator('[data-testid="product-row"][data-product-uid="team-goods/电热水壶"]');
    await expect.poll(async () => (await kettle.locator('td').allTextContents())[6]).toBe('2');
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('1');
  });

  it('in 话术’s draft, two ticked phrases are set to answer for the cup alone, in one change; the kettle then has none', async () => {
    await openTeamGoodsDraft(page);
    for (const id of ['cup-warranty', 'material']) {
      await page.locator(`[data-testid="options-phrase-row"][data-phrase-uid="team-goods/${id}"] input[type="checkbox"]`).check();
    }
    await expect.poll(() => page.getByTestId('bulk-actions').textContent()).toContain('已选 2 条');
    await page.getByRole('combobox', { name: '设为适用商品（可多选）' }).click();
    await page.locator('.ant-select-item-option', { hasText: '儿童保温杯' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('bulk-scope').click();
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('2');

    await page.getByTestId('options-nav-products').click();
    await page.getByTestId('library-mode-draft').click();
    const kettle = page.locator('[data-testid="product-row"][data-product-uid="team-goods/电热水壶"]');
    await expect.poll(async () => (await kettle.locator('td').allTextContents())[6]).toBe('0');
    await expect.poll(async () => (await page.locator(CUP).locator('td').allTextContents())[6]).toBe('2');
  });
});
