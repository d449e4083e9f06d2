import { describe, expect, it } from 'vitest';
import { packProductsToCsv, packToCsv, packToJson } from '../../../utils/packs/pack-to-csv';
import { packToXlsx } from '../../../utils/packs/pack-to-xlsx';
import { parseImportFile, type ParsedImport } from '../../../utils/packs/parse-import-file';
import { readPackJson } from '../../../utils/packs/read-pack-json';
import { csvText } from '../../../utils/packs/csv-text';
import { writeXlsx } from '../../../utils/packs/write-xlsx';
import { packSchema, type Pack, type PackInput } from '../../../utils/schemas/pack';

/**
 * Pack format 3 — products with keywords, platform item ids, facts and SKUs; phrases scoped to
 * products or marked as holding replies — through JSON, XLSX (two sheets) and CSV (two files).
 */
const FORMAT_3: PackInput = {
  format: 3,
  id: 'cup-shop',
  name: '杯子店',
  version: '3.0.0',
  author: '主管',
  products: [
    {
      name: '316不锈钢保温杯',
      keywords: ['保温杯', '316'],
      ids: [{ platform: 'pdd', itemId: '6524871930' }, { platform: 'jd', itemId: '100012345678' }],
      facts: { 材质: '316不锈钢内胆', 保修: '一年内免费换新', 容量: '500ml' },
      skus: [
        { name: '750ml 黑色', facts: { 容量: '750ml' } },
        { name: '350ml 粉色', facts: { 容量: '350ml', 颜色: '粉色' } },
      ],
    },
    { name: '儿童硅胶餐盘', keywords: ['餐盘'], ids: [{ platform: 'douyin', itemId: 'A88' }], facts: { 材质: '食品级硅胶' } },
    { name: '杯刷', facts: {} },
  ],
  phrases: [
    { id: 'warranty', category: 'product', text: '亲，{商品.名称}保修：{商品.保修}', triggers: ['保修多久'], products: ['316不锈钢保温杯'] },
    { id: 'material', category: 'product', text: '亲，材质是{商品.材质}哦', triggers: ['什么材质'], products: ['316不锈钢保温杯', '儿童硅胶餐盘'] },
    { id: 'checking', category: 'product', text: '亲，我马上帮您确认一下～', holding: true },
    { id: 'hello', category: 'greeting', text: '亲，在的～' },
  ],
};
const pack: Pack = packSchema.parse(FORMAT_3);
const metadata = { id: 'cup-shop', name: '杯子店', version: '3.0.0', author: '主管' };

function ok(parsed: ParsedImport): Extract<ParsedImport, { ok: true }> {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed;
}

/** What a spreadsheet carries: everything but the phrases' empty defaults, topics' labels and the metadata. */
const sheetView = (value: Pack) => ({
  format: value.format,
  products: value.products,
  phrases: value.phrases.map(({ id, category, text, triggers, products, holding }) => ({ id, category, text, triggers, products, holding })),
});

const encode = (text: string) => new TextEncoder().encode(text);

/** A workbook with a phrase sheet and a products sheet, written with the one XLSX writer. */
function workbook(phrases: string[][], products: string[][]): Uint8Array {
  return writeXlsx([
    { name: '话术', rows: phrases },
    { name: '商品', rows: products },
  ]);
}

describe('pack format 3 through JSON, XLSX and CSV', () => {
  it('reads back from JSON exactly as written', () => {
    expect(readPackJson(packToJson(pack)).pack).toEqual(pack);
  });

  it('exports a workbook with the products sheet 商品 and reads it back exactly: products, SKUs, facts, scoped and holding phrases', async () => {
    const parsed = ok(await parseImportFile(packToXlsx(pack), { fileName: 'cup.xlsx', ...metadata }));
    expect(parsed.invalid).toEqual([]);
    expect(sheetView(parsed.pack)).toEqual(sheetView(pack));
    // The facts keep the pack's order too, which the facts card shows.
    expect(Object.keys(parsed.pack.products[0]?.facts ?? {})).toEqual(['材质', '保修', '容量']);
  });

  it('exports CSV as two files, the phrases and the products, and reads them back together', async () => {
    const products = packProductsToCsv(pack);
    expect(products.startsWith('\ufeff商品名称,关键词,平台商品ID,SKU,材质,保修,容量,颜色\r\n')).toBe(true);
    expect(products).toContain('316不锈钢保温杯,,,350ml 粉色,,,350ml,粉色');
    const parsed = ok(
      await parseImportFile(encode(packToCsv(pack)), { fileName: 'cup.csv', ...metadata, products: { bytes: encode(products), fileName: 'cup-商品.csv' } }),
    );
    expect(parsed.invalid).toEqual([]);
    expect(sheetView(parsed.pack)).toEqual(sheetView(pack));
  });

  it('a product name Excel would run as a formula (=…) is written as text and read back as written, in both CSV files', async () => {
    const formula = packSchema.parse({
      ...FORMAT_3,
      products: [{ name: '=特价杯', facts: { 保修: '-' } }],
      phrases: [{ id: 'a', category: 'product', text: '亲～', products: ['=特价杯'] }],
    });
    const products = packProductsToCsv(formula);
    expect(products).toContain("'=特价杯");
    const parsed = ok(await parseImportFile(encode(packToCsv(formula)), { fileName: 'f.csv', ...metadata, products: { bytes: encode(products), fileName: 'f-商品.csv' } }));
    expect(parsed.invalid).toEqual([]);
    expect(sheetView(parsed.pack)).toEqual(sheetView(formula));
  });

  it('keeps each product\'s own fact order through the sheet when the products agree on it', async () => {
    const ordered = packSchema.parse({
      ...FORMAT_3,
      products: [
        { name: '甲', facts: { 材质: '钢', 容量: '1L' } },
        { name: '乙', facts: { 保修: '一年', 材质: '铝' } },
        { name: '丙', facts: { 保修: '两年', 容量: '2L' } },
      ],
      phrases: [{ id: 'a', category: 'product', text: '亲～' }],
    });
    const parsed = ok(await parseImportFile(packToXlsx(ordered), { fileName: 'o.xlsx', ...metadata }));
    expect(parsed.pack.products.map((product) => Object.keys(product.facts))).toEqual([
      ['材质', '容量'],
      ['保修', '材质'],
      ['保修', '容量'],
    ]);
  });

  it('a format-2 pack exports without the product columns and still reads back as format 2', async () => {
    const plain = packSchema.parse({ ...FORMAT_3, format: 2, products: [], phrases: [{ id: 'hello', category: 'greeting', text: '亲，在的～' }] });
    expect(packToCsv(plain)).not.toContain('适用商品');
    const parsed = ok(await parseImportFile(packToXlsx(plain), { fileName: 'plain.xlsx', ...metadata }));
    expect(parsed.pack.format).toBe(2);
  });
});

describe('the products sheet and 适用商品', () => {
  const PRODUCTS = [
    ['商品名称', '关键词', '平台商品ID', 'SKU', '保修'],
    ['保温杯', '杯', 'pdd:111|京东:222', '', '一年'],
    ['餐盘', '', 'pdd:333|douyin:222', '', ''],
  ];

  it('names scoped products by name, platform:itemId or an unambiguous bare item id, and stores names', async () => {
    const phrases = [
      ['分类', '话术', '适用商品'],
      ['商品', '保修{商品.保修}', 'jd:222'],
      ['商品', '盘子', '333'],
      ['商品', '两个', '保温杯|拼多多:333|保温杯'],
    ];
    const parsed = ok(await parseImportFile(workbook(phrases, PRODUCTS), { fileName: 'x.xlsx' }));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.pack.phrases.map((phrase) => phrase.products)).toEqual([['保温杯'], ['餐盘'], ['保温杯', '餐盘']]);
  });

  it('says which sheet, row and column a wrong 适用商品 or a bad 平台商品ID is in, with an example', async () => {
    const phrases = [
      ['分类', '话术', '适用商品'],
      ['商品', '一', '222'],
      ['商品', '二', '不存在的商品'],
      ['问候', '在的', ''],
    ];
    const products = [...PRODUCTS, ['水杯', '', 'weibo:9', '', '']];
    const parsed = ok(await parseImportFile(workbook(phrases, products), { fileName: 'x.xlsx' }));
    expect(parsed.invalid).toEqual([
      expect.objectContaining({ sheet: '商品', row: 4, column: '平台商品ID', reason: expect.stringContaining('weibo:9'), example: expect.stringContaining('pdd:') }),
      expect.objectContaining({ sheet: '话术', row: 2, column: '适用商品', reason: expect.stringContaining('pdd:222') }),
      expect.objectContaining({ sheet: '话术', row: 3, column: '适用商品', reason: expect.stringContaining('不存在的商品') }),
    ]);
  });

  it('refuses a fact column named after a built-in (toString, __proto__), naming the sheet and column', async () => {
    const phrases = [
      ['分类', '话术'],
      ['问候', '在的'],
    ];
    for (const header of ['toString', '__proto__']) {
      const products = [['商品名称', header], ['保温杯', '一年']];
      const parsed = await parseImportFile(workbook(phrases, products), { fileName: 'x.xlsx' });
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? [] : parsed.problems).toEqual([expect.objectContaining({ sheet: '商品', row: 1, column: `${header}（B 列）`, reason: expect.stringContaining('程序保留名') })]);
    }
  });

  it('a phrase naming a product whose row failed points at that row', async () => {
    const phrases = [
      ['分类', '话术', '适用商品'],
      ['商品', '一', '水杯'],
      ['问候', '在的', ''],
    ];
    const parsed = ok(await parseImportFile(workbook(phrases, [...PRODUCTS, ['水杯', '', 'pdd:x y', '', '']]), { fileName: 'x.xlsx' }));
    expect(parsed.invalid.map((problem) => [problem.sheet, problem.row, problem.column])).toEqual([
      ['商品', 4, '平台商品ID'],
      ['话术', 2, '适用商品'],
    ]);
    expect(parsed.invalid[1]?.reason).toContain('第 4 行');
  });

  it('refuses a SKU row without its product row, a duplicate product and keywords on a SKU row', async () => {
    const products = [
      ['商品名称', '关键词', 'SKU', '保修'],
      ['保温杯', '', '', '一年'],
      ['保温杯', '', '', '两年'],
      ['保温杯', '杯', '黑色', ''],
      ['茶壶', '', '大号', ''],
    ];
    const parsed = ok(await parseImportFile(workbook([['分类', '话术'], ['问候', '在的']], products), { fileName: 'x.xlsx' }));
    expect(parsed.invalid.map((problem) => [problem.sheet, problem.row, problem.column])).toEqual([
      ['商品', 3, '商品名称'],
      ['商品', 4, '关键词'],
      ['商品', 5, '商品名称'],
    ]);
    expect(parsed.pack.products).toEqual([{ name: '保温杯', keywords: [], ids: [], facts: { 保修: '一年' }, skus: [] }]);
  });

  it('refuses a products header that cannot be a fact name, naming its column', async () => {
    const parsed = await parseImportFile(workbook([['分类', '话术'], ['问候', '在的']], [['商品名称', '保修 期'], ['杯', '一年']]), { fileName: 'x.xlsx' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ sheet: '商品', row: 1, column: '保修 期（B 列）' });
  });

  it('a fact column named __proto__ is refused, naming its column, rather than silently dropped', async () => {
    const parsed = await parseImportFile(workbook([['分类', '话术'], ['问候', '在的']], [['商品名称', '__proto__'], ['杯', '一年']]), { fileName: 'x.xlsx' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ sheet: '商品', row: 1, column: '__proto__（B 列）' });
  });

  it('reads 话术类型 等待回复 as a holding reply and refuses other words', async () => {
    const phrases = [
      ['分类', '话术', '话术类型'],
      ['商品', '稍等', '等待回复'],
      ['商品', '答', ''],
      ['商品', '错', '随便'],
    ];
    const parsed = ok(await parseImportFile(workbook(phrases, PRODUCTS), { fileName: 'x.xlsx' }));
    expect(parsed.pack.phrases.map((phrase) => phrase.holding)).toEqual([true, undefined]);
    expect(parsed.invalid).toEqual([expect.objectContaining({ sheet: '话术', row: 4, column: '话术类型' })]);
  });

  it('a CSV names a bad products file row by that file', async () => {
    const parsed = ok(
      await parseImportFile(encode(csvText([['分类', '话术'], ['问候', '在的']])), {
        fileName: 'p.csv',
        products: { bytes: encode(csvText([['商品名称', '平台商品ID'], ['杯', 'pdd']])), fileName: 'shop-products.csv' },
      }),
    );
    expect(parsed.invalid).toEqual([expect.objectContaining({ sheet: 'shop-products', row: 2, column: '平台商品ID' })]);
  });
});
