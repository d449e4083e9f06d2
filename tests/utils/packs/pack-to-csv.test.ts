import { describe, expect, it } from 'vitest';
import { packToCsv, packToJson } from '../../../utils/packs/pack-to-csv';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { readPackJson } from '../../../utils/packs/read-pack-json';
import { fixtureBytes, parsedOk } from './pack-fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

describe('exporting a pack as the spreadsheet a lead keeps', () => {
  it('reads back as the same phrases, categories and locks', async () => {
    const original = parsedOk(await parseImportFile(fixtureBytes('tea-shop-v1.xlsx'), { fileName: 'tea-shop.xlsx', version: '1.0.0' })).pack;

    const again = parsedOk(await parseImportFile(encode(packToCsv(original)), { fileName: 'tea-shop.csv', version: '1.0.0' }));

    expect(again.pack).toEqual(original);
    expect(again.invalid).toEqual([]);
  });

  it('starts with a BOM and Chinese headers, so Excel opens it without mojibake', () => {
    const csv = packToCsv(readPackJson(new TextDecoder().decode(fixtureBytes('tea-shop.json'))).pack);

    expect(csv.startsWith('\ufeff编号,分类,子类,话术,买家问法,快捷编码,标签,适用状态,锁定\r\n')).toBe(true);
    expect(csv).toContain('greet-001,问候,,亲，在的～欢迎光临{店铺名}，有什么可以帮您？,在吗|有人吗,hy,开场,,是');
  });

  it('writes a phrase starting with = so Excel shows it instead of running it, and reads it back as written', async () => {
    const pack = readPackJson(new TextDecoder().decode(fixtureBytes('tea-shop.json'))).pack;
    const formula = { ...pack, phrases: [{ ...pack.phrases[0]!, text: '=HYPERLINK("http://x","点我")' }], locked: { phrases: [], rules: [] }, rules: [] };

    const csv = packToCsv(formula);
    const again = parsedOk(await parseImportFile(encode(csv), { fileName: 'a.csv' }));

    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(again.pack.phrases[0]?.text).toBe('=HYPERLINK("http://x","点我")');
  });
});

describe('exporting a pack as JSON', () => {
  it('reads back exactly, rules, sites and locks included', () => {
    const pack = readPackJson(new TextDecoder().decode(fixtureBytes('tea-shop.json'))).pack;

    expect(readPackJson(packToJson(pack)).pack).toEqual(pack);
  });
});
