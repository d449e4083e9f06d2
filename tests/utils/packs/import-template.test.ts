import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../utils/packs/limits';
import { importTemplateXlsx, TEMPLATE_EXAMPLE, TEMPLATE_PRODUCT_PHRASES } from '../../../utils/packs/import-template';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { readXlsxRows } from '../../../utils/packs/read-xlsx';
import { SPREADSHEET_COLUMNS, SPREADSHEET_FIELDS, fieldForHeader, TEMPLATE_RULES_SHEET } from '../../../utils/packs/spreadsheet-columns';

/** 下载模板: the workbook a lead fills in, read back with the importer's own XLSX reader. */
describe('the import template', () => {
  const bytes = importTemplateXlsx();

  it('has one column for every spreadsheet field, headed as the importer names it', async () => {
    const { rows, sheetName, otherSheets } = await readXlsxRows(bytes);
    expect(sheetName).toBe('话术');
    expect(otherSheets).toEqual([TEMPLATE_RULES_SHEET]);
    const header = (rows[0] ?? []).map(String);
    expect(header.map((cell) => fieldForHeader(cell)).sort()).toEqual([...SPREADSHEET_FIELDS].sort());
    // The general example, a phrase scoped to a product, a holding reply.
    expect(rows).toHaveLength(4);
  });

  it('imports as downloaded: its example row is a valid phrase, with no invalid rows and no notices', async () => {
    const parsed = await parseImportFile(bytes, { fileName: '话术导入模板.xlsx', id: 'template', version: '1.0.0' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.notices).toEqual([]);
    expect(parsed.pack.phrases).toEqual([
      {
        id: TEMPLATE_EXAMPLE.id,
        category: 'after-sales',
        topic: 'after-sales.refund-progress',
        text: TEMPLATE_EXAMPLE.text,
        triggers: ['退款什么时候到', '钱什么时候退回来'],
        shortcut: 'tk',
        tags: ['退款', '常用'],
        requires: ['refund-requested'],
      },
      {
        id: 'product-warranty-001',
        category: 'product',
        text: '亲，这款{商品.名称}的保修是：{商品.保修}，请放心购买～',
        triggers: ['保修多久', '坏了怎么办', '有质保吗'],
        tags: ['商品'],
        products: ['316不锈钢保温杯'],
      },
      { id: 'product-holding-001', category: 'product', text: TEMPLATE_PRODUCT_PHRASES[1]?.text, triggers: [], tags: ['商品'], holding: true },
    ]);
    expect(parsed.pack.locked.phrases).toEqual([]);
  });

  it('has a products sheet 商品 whose SKU rows become the product\'s SKUs, with only their own facts', async () => {
    const { products } = await readXlsxRows(bytes);
    expect(products?.sheetName).toBe('商品');
    const parsed = await parseImportFile(bytes, { fileName: '话术导入模板.xlsx' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.pack.format).toBe(3);
    expect(parsed.pack.products.map((product) => product.name)).toEqual(['316不锈钢保温杯', '儿童硅胶餐盘']);
    const cup = parsed.pack.products[0];
    expect(cup?.ids).toEqual([{ platform: 'pdd', itemId: '6524871930' }, { platform: 'jd', itemId: '100012345678' }]);
    expect(cup?.facts['保修']).toBe('一年内非人为损坏免费换新');
    expect(cup?.skus).toEqual([
      { name: '750ml 黑色', facts: { 容量: '750ml' } },
      { name: '350ml 粉色', facts: { 容量: '350ml' } },
    ]);
  });

  it('states each column’s rules on a second sheet: required or not, allowed values, the | separator', async () => {
    const sheets = await readXlsxFile(Buffer.from(bytes));
    const rules = sheets.find((sheet) => sheet.sheet === TEMPLATE_RULES_SHEET)?.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    if (!rules) throw new Error('no rules sheet');
    const rowOf = (field: (typeof SPREADSHEET_FIELDS)[number]) => rules.find((row) => fieldForHeader(row[0] ?? '') === field);
    for (const field of SPREADSHEET_FIELDS) {
      const row = rowOf(field);
      expect(row, field).toBeDefined();
      expect(row?.[2]).toContain(SPREADSHEET_COLUMNS[field].required ? '必填' : '选填');
      // Every other header the importer accepts for the column is listed.
      for (const header of SPREADSHEET_COLUMNS[field].headers.filter((name) => name !== row?.[0])) expect(row?.[1]).toContain(header);
    }
    expect(rowOf('category')?.[3]).toContain('售后');
    expect(rowOf('requires')?.[3]).toContain('已申请退款');
    expect(rowOf('triggers')?.[3]).toContain('|');
    expect(rowOf('locked')?.[3]).toContain('是 或 否');
    expect(rowOf('products')?.[3]).toContain('pdd:');
    expect(rowOf('holding')?.[3]).toContain('等待回复');
    expect(rules.flat().join('\n')).toContain('平台:商品ID');
    expect(rules.flat().join('\n')).toContain(String(IMPORT_LIMITS.phrases));
  });
});
