import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packToCsv } from '../../../utils/packs/pack-to-csv';
import { packToXlsx } from '../../../utils/packs/pack-to-xlsx';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { packSchema } from '../../../utils/schemas/pack';
import { writeXlsx } from '../../../utils/packs/write-xlsx';
import { readXlsxRows } from '../../../utils/packs/read-xlsx';

const pack = packSchema.parse({
  format: 2,
  id: 'tea-shop',
  name: '茶叶店',
  version: '2.0.0',
  author: '主管',
  phrases: [
    { id: 'brew-001', category: 'product', text: '亲，绿茶用80度的水冲泡～ <好喝> & "香"', triggers: ['怎么泡', '水温'], tags: ['冲泡'], shortcut: 'pc' },
    { id: 'formula', category: 'product', text: '=1+1 不是公式，是话术', requires: ['paid'] },
    { id: 'greet-001', category: 'greeting', text: '亲，欢迎光临{店铺名}～' },
  ],
  locked: { phrases: ['greet-001'], rules: [] },
});

describe('a pack exported as XLSX', () => {
  it('reads back as the same pack sheet (the CSV export’s rows), with text that looks like a formula kept as text', async () => {
    const bytes = packToXlsx(pack);
    const parsed = await parseImportFile(bytes, { fileName: 'tea-shop-2.0.0.xlsx', id: 'tea-shop', name: '茶叶店', version: '2.0.0' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.invalid).toEqual([]);
    expect(packToCsv(parsed.pack)).toBe(packToCsv(pack));
    expect(parsed.pack.phrases.find((phrase) => phrase.id === 'formula')?.text).toBe('=1+1 不是公式，是话术');
    expect(parsed.pack.locked.phrases).toEqual(['greet-001']);
  });

  it('names the sheet after the pack, freezes the header row, and writes no formula cells', async () => {
    const bytes = packToXlsx(pack);
    expect((await readXlsxRows(bytes)).sheetName).toBe('茶叶店');
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).toContain('state="frozen"');
    expect(sheet).not.toContain('<f>');
  });

  it('drops characters XML cannot carry and shortens a sheet name Excel would refuse', async () => {
    const bytes = writeXlsx([{ name: 'a/b:c'.repeat(10), rows: [['分类', '话术'], ['问候', 'ok\u0001']] }]);
    const { rows, sheetName } = await readXlsxRows(bytes);
    expect(sheetName).toHaveLength(31);
    expect(sheetName).not.toMatch(/[/:]/);
    expect(rows[1]).toEqual(['问候', 'ok']);
  });
});
