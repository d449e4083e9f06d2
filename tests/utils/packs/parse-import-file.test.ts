import { describe, expect, it } from 'vitest';
import { parseImportFile, type ParsedImport } from '../../../utils/packs/parse-import-file';
import { describeProblem } from '../../../utils/packs/import-problem';
import { writeXlsx } from '../../../utils/packs/write-xlsx';
import { fixtureBytes, parsedOk } from './pack-fixtures';

const TODAY = new Date(2026, 10, 23);

describe('a lead imports the team spreadsheet', () => {
  it('reads the same pack from CSV (UTF-8, UTF-8 with BOM, GB18030) and from XLSX', async () => {
    const files = ['tea-shop-v1.csv', 'tea-shop-v1-bom.csv', 'tea-shop-v1-gb18030.csv', 'tea-shop-v1.xlsx'];
    const packs = await Promise.all(
      files.map(async (file) => parsedOk(await parseImportFile(fixtureBytes(file), { fileName: 'tea-shop-v1.csv', today: TODAY })).pack),
    );

    for (const pack of packs.slice(1)) expect(pack).toEqual(packs[0]);
    expect(packs[0]?.phrases).toHaveLength(10);
  });

  it('says when it read the file as GB18030, as Chinese Excel saves "CSV"', async () => {
    const parsed = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v1-gb18030.csv'), { fileName: 'x.csv' }));

    expect(parsed.notices).toContainEqual(expect.stringMatching(/GB18030/));
    expect(parsed.pack.phrases[0]?.text).toBe('亲，在的～欢迎光临{店铺名}，有什么可以帮您？');
  });

  it('maps Chinese category labels to the built-in ids and makes other labels the pack’s own categories', async () => {
    const { pack } = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v1.xlsx'), { fileName: 'tea-shop-v1.xlsx' }));
    const categoryOf = (id: string) => pack.phrases.find((phrase) => phrase.id === id)?.category;

    expect(categoryOf('greet-001')).toBe('greeting');
    expect(categoryOf('ship-001')).toBe('shipping'); // 发货
    expect(categoryOf('ship-002')).toBe('shipping'); // 物流
    expect(categoryOf('bargain-001')).toBe('bargaining'); // 讨价还价
    expect(categoryOf('taste-001')).toBe('product'); // 商品咨询
    expect(pack.categories.map((category) => category.labels['zh-CN']).sort()).toEqual(['冲泡方法', '礼盒包装']);
    expect(categoryOf('brew-001')).toBe(pack.categories.find((category) => category.labels['zh-CN'] === '冲泡方法')?.id);
  });

  it('splits buyer wordings on | and 、, keeps a two-line cell whole, and reads 锁定', async () => {
    const { pack } = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v1.csv'), { fileName: 'tea-shop-v1.csv' }));

    expect(pack.phrases[0]).toMatchObject({ id: 'greet-001', triggers: ['在吗', '有人吗', '你好'], shortcut: 'hy', tags: ['开场'] });
    expect(pack.phrases.find((phrase) => phrase.id === 'taste-001')?.text).toBe('亲，老顾客都说这款"清香回甘"，\n需要的话我帮您下单。');
    expect(pack.locked.phrases).toEqual(['greet-001', 'after-001']);
  });

  it('ignores a column it does not know, and says so', async () => {
    const parsed = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v1.csv'), { fileName: 'tea-shop-v1.csv' }));

    expect(parsed.notices).toContainEqual(expect.stringMatching(/备注（H 列）/));
  });

  it('takes English headers too, and warns that without an id column an edited phrase becomes a new one', async () => {
    const parsed = parsedOk(await parseImportFile(fixtureBytes('english-headers.csv'), { fileName: 'english-headers.csv' }));

    expect(parsed.pack.phrases.map((phrase) => phrase.category)).toEqual(['greeting', 'shipping', 'tea-care']);
    expect(parsed.pack.categories).toEqual([{ id: 'tea-care', labels: { 'zh-CN': 'Tea care' } }]);
    expect(parsed.pack.phrases.every((phrase) => /^p-[0-9a-f]{8}$/.test(phrase.id))).toBe(true);
    expect(parsed.notices).toContainEqual(expect.stringMatching(/没有「编号」列/));
  });

  it('names the pack after the file and dates its version today, unless the dialog says otherwise', async () => {
    const byFile = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v2.xlsx'), { fileName: 'tea-shop-v2.xlsx', today: TODAY }));
    const chinese = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v2.xlsx'), { fileName: '茶叶店话术-2026.11.23.xlsx', today: TODAY }));
    const given = parsedOk(
      await parseImportFile(fixtureBytes('tea-shop-v2.xlsx'), { fileName: 'x.xlsx', id: 'tea', name: '茶', version: '2.0.0', author: '王主管' }),
    );

    expect(byFile.pack).toMatchObject({ id: 'tea-shop', name: 'tea-shop', version: '2026.11.23' });
    expect(chinese.pack).toMatchObject({ id: expect.stringMatching(/^sheet-[0-9a-f]{8}$/), name: '茶叶店话术' });
    expect(given.pack).toMatchObject({ id: 'tea', name: '茶', version: '2.0.0', author: '王主管' });
  });

  it('refuses a bad id or version from the dialog, naming the option', async () => {
    const parsed = await parseImportFile(fixtureBytes('tea-shop-v1.csv'), { fileName: 'a.csv', id: 'Tea Shop!', version: 'v2' });

    expect(parsed.ok).toBe(false);
    expect(problemLines(parsed)).toEqual([expect.stringMatching(/^「--id」: 话术包 id/), expect.stringMatching(/^「--version」: 版本号/)]);
  });

  it('reuses the library’s category for a label it already knows', async () => {
    const known = [{ id: 'brewing', labels: { 'zh-CN': '冲泡方法', en: 'Brewing' } }];

    const { pack } = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v1.csv'), { fileName: 'a.csv', knownCategories: known }));

    expect(pack.categories).toContainEqual(known[0]);
    expect(pack.phrases.find((phrase) => phrase.id === 'brew-001')?.category).toBe('brewing');
  });
});

describe('a broken spreadsheet', () => {
  it('names every bad row as Excel numbers it, the column, why, and an example; the good rows still form a pack', async () => {
    for (const file of ['broken.csv', 'broken.xlsx']) {
      const parsed = parsedOk(await parseImportFile(fixtureBytes(file), { fileName: file }));

      expect(parsed.pack.phrases.map((phrase) => phrase.id)).toEqual(['ok-001']);
      expect(parsed.invalid.map((problem) => [problem.row, problem.column])).toEqual([
        [3, '分类'],
        [4, '话术'],
        [5, '话术'],
        [6, '快捷编码'],
        [7, '锁定'],
        [8, '编号'],
        [9, '编号'],
      ]);
      expect(parsed.invalid.every((problem) => problem.example !== undefined && problem.reason.length > 0)).toBe(true);
      // A workbook's rows also name their sheet; a CSV is a single sheet.
      expect(new Set(parsed.invalid.map((problem) => problem.sheet))).toEqual(new Set([file.endsWith('.xlsx') ? '话术' : undefined]));
    }
  });

  it('whose every row is wrong is refused as a whole, each row still named with its sheet', async () => {
    const bytes = writeXlsx([{ name: '夏季', rows: [['分类', '话术'], ['', '亲，在的～']] }]);
    const parsed = await parseImportFile(bytes, { fileName: 'summer.xlsx' });
    if (parsed.ok) throw new Error('should be refused');
    expect(parsed.problems[0]).toMatchObject({ sheet: '夏季', row: 2, column: '分类' });
  });

  it('without a 话术 column is refused as a whole, pointing at the header row', async () => {
    const parsed = await parseImportFile(new TextEncoder().encode('分类,问法\n问候,在吗\n'), { fileName: 'a.csv' });

    expect(problemLines(parsed)).toEqual([expect.stringMatching(/^第 1 行 \/ row 1 「话术」: 第一行（表头）缺少「话术」/)]);
  });

  it('with a header row and nothing under it is refused', async () => {
    const parsed = await parseImportFile(new TextEncoder().encode('分类,话术\n\n'), { fileName: 'a.csv' });

    expect(problemLines(parsed)).toEqual([expect.stringMatching(/没有一行有效的话术/)]);
  });

  it('with an unmatched quote says which row and how to write quotes', async () => {
    const parsed = await parseImportFile(new TextEncoder().encode('分类,话术\n问候,"亲，在的\n'), { fileName: 'a.csv' });

    expect(problemLines(parsed).join('\n')).toMatch(/引号没有配对/);
  });
});

describe('cells that look like object keys', () => {
  it('__proto__, constructor and toString as category labels are just the pack’s own categories', async () => {
    const sheet = new TextEncoder().encode('分类,话术\n__proto__,亲，一\nconstructor,亲，二\ntoString,亲，三\n');

    const { pack } = parsedOk(await parseImportFile(sheet, { fileName: 'a.csv' }));

    expect(pack.categories.map((category) => category.labels['zh-CN'])).toEqual(['__proto__', 'constructor', 'toString']);
    expect(pack.phrases.map((phrase) => phrase.category)).toEqual(pack.categories.map((category) => category.id));
    expect(({} as Record<string, unknown>)['亲，一']).toBeUndefined();
    expect(Object.getPrototypeOf(pack.categories[0])).toBe(Object.prototype);
  });
});

describe('files that are not phrase files', () => {
  it('an empty file, an unknown type, and an old .xls each get their own message', async () => {
    expect(problemLines(await parseImportFile(new Uint8Array(), { fileName: 'a.csv' }))).toEqual([expect.stringMatching(/文件是空的/)]);
    expect(problemLines(await parseImportFile(new Uint8Array([1, 2, 3]), { fileName: 'a.docx' }))).toEqual([expect.stringMatching(/认不出文件类型/)]);
    expect(problemLines(await parseImportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), { fileName: 'a.xls' }))).toEqual([
      expect.stringMatching(/另存为 \.xlsx/),
    ]);
  });

  it('a damaged .xlsx is reported, not thrown', async () => {
    const damaged = fixtureBytes('tea-shop-v1.xlsx').slice(0, 1500);

    const parsed = await parseImportFile(damaged, { fileName: 'a.xlsx' });

    expect(parsed.ok).toBe(false);
    expect(problemLines(parsed)[0]).toMatch(/Excel/);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const parsed = await parseImportFile(new Uint8Array(21 * 1024 * 1024), { fileName: 'big.csv' });

    expect(problemLines(parsed)).toEqual([expect.stringMatching(/最大 20\.0 MB/)]);
  });

  it('guesses the type from the first bytes when the name has no extension', async () => {
    expect((await parseImportFile(fixtureBytes('tea-shop-v1.xlsx'), { fileName: 'download' })).ok).toBe(true);
    expect((await parseImportFile(fixtureBytes('tea-shop.json'), { fileName: 'download' })).ok).toBe(true);
    expect((await parseImportFile(fixtureBytes('tea-shop-v1.csv'), { fileName: 'download' })).ok).toBe(true);
  });
});

function problemLines(parsed: ParsedImport): string[] {
  return (parsed.ok ? parsed.invalid : parsed.problems).map(describeProblem);
}
