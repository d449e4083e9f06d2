import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { writeXlsx } from '../../utils/packs/write-xlsx';
import { packSchema } from '../../utils/schemas/pack';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

const PRODUCTS = 500;

/**
 * A shop's workbook as a lead keeps it: the phrase sheet (a warranty answer scoped to each
 * product, a holding reply, a greeting) and the products sheet 商品 — 500 products with platform
 * ids and facts, every fifth one with two SKU rows. Written with the extension's one XLSX writer.
 */
function shopWorkbook(options: { badIdRow?: number } = {}): Buffer {
  const products: string[][] = [['商品名称', '关键词', '平台商品ID', 'SKU', '材质', '容量', '保修']];
  const phrases: string[][] = [['编号', '分类', '话术', '买家问法', '适用商品', '话术类型']];
  for (let n = 1; n <= PRODUCTS; n++) {
    const name = `保温杯 ${n} 号`;
    products.push([name, `保温杯|杯${n}`, `pdd:${6_500_000_000 + n}|jd:${100_000 + n}`, '', '316不锈钢', '500ml', `${1 + (n % 3)}年保修`]);
    if (n % 5 === 0) {
      products.push([name, '', '', '750ml 黑色', '', '750ml', '']);
      products.push([name, '', '', '350ml 粉色', '', '350ml', '']);
    }
    // Scoped by name, by platform:itemId, or by a bare item id, as leads write them.
    const scope = n % 3 === 0 ? name : n % 3 === 1 ? `pdd:${6_500_000_000 + n}` : String(100_000 + n);
    phrases.push([`warranty-${n}`, '商品', `亲，这款{商品.名称}是${n}号款，保修{商品.保修}，请放心～`, '保修多久|坏了怎么办', scope, '']);
  }
  phrases.push(['holding-001', '商品', '亲，这个问题我马上帮您确认，请稍等～', '', '', '等待回复']);
  phrases.push(['greet-001', '问候', '亲，在的～有什么可以帮您？', '在吗', '', '']);
  if (options.badIdRow !== undefined) {
    const row = products[options.badIdRow - 1];
    if (row) row[2] = 'weibo:12345';
  }
  return Buffer.from(
    writeXlsx([
      { name: '话术', header: true, rows: phrases },
      { name: '商品', header: true, rows: products },
    ]),
  );
}

async function openPreview(page: Page, name: string, bytes: Buffer, version: string) {
  await page.getByTestId('open-import').click();
  await expect.poll(() => page.getByTestId('import-dialog').getAttribute('data-step')).toBe('0');
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await expect.poll(() => page.getByTestId('import-chosen').textContent()).toContain(name);
  await page.getByTestId('import-id').fill('cup-shop');
  await page.getByTestId('import-version').fill(version);
  await page.getByTestId('import-preview').click();
  await page.getByTestId('import-preview-result').waitFor({ timeout: 30_000 });
}

describe('a lead imports the shop’s products with its phrases (pack format 3)', () => {
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    extension = await startExtension();
    page = await extension.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('previews a 500-product workbook with the product counts, then commits it all at once', async () => {
    await openPreview(page, '杯子店.xlsx', shopWorkbook(), '1.0.0');

    const products = page.getByTestId('preview-products');
    expect(await products.getAttribute('data-count')).toBe(String(PRODUCTS));
    expect(await products.getAttribute('data-added')).toBe(String(PRODUCTS));
    expect(await products.textContent()).toContain(`商品 ${PRODUCTS} 个（SKU ${(PRODUCTS / 5) * 2} 个，适用商品的话术 ${PRODUCTS} 条）`);
    expect(await page.getByTestId('preview-added').getAttribute('data-count')).toBe(String(PRODUCTS + 2));
    expect(await page.getByTestId('preview-invalid').getAttribute('data-count')).toBe('0');

    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').getAttribute('data-step'), { timeout: 30_000 }).toBe('2');
    await page.getByTestId('import-done').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    const row = page.locator('[data-testid="installed-pack"][data-pack-id="cup-shop"][data-version="1.0.0"]');
    await row.waitFor();
    await expect.poll(() => row.getByTestId('pack-product-count').getAttribute('data-count'), { timeout: 10_000 }).toBe(String(PRODUCTS));
    // What is installed is the whole file: every product with its SKUs, every phrase scoped by name.
    const pack = packSchema.parse(JSON.parse((await requestFromBackground(page, 'exportPack', { packId: 'cup-shop', format: 'json' })).text));
    expect(pack.products).toHaveLength(PRODUCTS);
    expect(pack.products.reduce((sum, product) => sum + product.skus.length, 0)).toBe((PRODUCTS / 5) * 2);
    expect(pack.products[4]?.skus).toEqual([
      { name: '750ml 黑色', facts: { 容量: '750ml' } },
      { name: '350ml 粉色', facts: { 容量: '350ml' } },
    ]);
    expect(pack.phrases.filter((phrase) => phrase.products !== undefined).map((phrase) => phrase.products?.[0]).slice(0, 3)).toEqual(['保温杯 1 号', '保温杯 2 号', '保温杯 3 号']);
    expect(pack.phrases.find((phrase) => phrase.id === 'holding-001')?.holding).toBe(true);
  });

  it('a bad 平台商品ID names the sheet, row and column, and the library is not touched', async () => {
    const before = await requestFromBackground(page, 'getLibraryStatus', undefined);
    // Row 9 of 商品: 保温杯 6 号 (rows 7 and 8 are 5 号's SKUs); row 7 of 话术 is scoped to it by name.
    await openPreview(page, '杯子店-v2.xlsx', shopWorkbook({ badIdRow: 9 }), '2.0.0');

    const bad = page.locator('[data-testid="preview-invalid-rows"] [data-testid="invalid-row"][data-sheet="商品"][data-row="9"]');
    const cells = await bad.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['商品', '9', '平台商品ID']);
    expect(cells[3]).toContain('weibo:12345');
    // The phrase scoped to it says where its product's problem is.
    const scoped = await page.locator('[data-testid="preview-invalid-rows"] [data-testid="invalid-row"][data-sheet="话术"]').first().locator('td').allTextContents();
    expect(scoped.slice(0, 3)).toEqual(['话术', '7', '适用商品']);
    expect(scoped[3]).toContain('第 9 行');
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    const after = await requestFromBackground(page, 'getLibraryStatus', undefined);
    expect(after.libraryVersion).toBe(before.libraryVersion);
    expect(after.packs.find((pack) => pack.id === 'cup-shop')?.version).toBe('1.0.0');
    const pack = packSchema.parse(JSON.parse((await requestFromBackground(page, 'exportPack', { packId: 'cup-shop', format: 'json' })).text));
    expect(pack.products).toHaveLength(PRODUCTS);
  });
});
