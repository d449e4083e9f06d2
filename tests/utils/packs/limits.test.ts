import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../utils/packs/import-problem';
import { parseImportFile, type ParsedImport } from '../../../utils/packs/parse-import-file';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const lines = (parsed: ParsedImport) => (parsed.ok ? parsed.invalid : parsed.problems).map(describeProblem);

describe('limits, each with a clear message', () => {
  it('a phrase longer than 500 characters is a bad row, the rest imports', async () => {
    const parsed = await parseImportFile(csv(['分类,话术', '问候,亲，在的～', `问候,${'长'.repeat(501)}`]), { fileName: 'a.csv' });

    expect(parsed.ok).toBe(true);
    expect(lines(parsed)).toEqual([expect.stringMatching(/^第 3 行 \/ row 3 「话术」: 话术最长 500 个字符/)]);
  });

  it('more than 20,000 phrases is refused, asking to split the pack', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `问候,亲，这是第${i}条`);

    const parsed = await parseImportFile(csv(['分类,话术', ...rows]), { fileName: 'a.csv' });

    expect(parsed.ok).toBe(false);
    expect(lines(parsed)).toEqual([expect.stringMatching(/一个话术包最多 20000 条话术；请拆成几个包/)]);
  });

  it('a products file may be longer than a phrase sheet (SKU rows), but more than 10,000 products is refused', async () => {
    const products = (count: number) => csv(['商品名称,SKU', ...Array.from({ length: count }, (_, i) => [`杯${i},`, `杯${i},大号`, `杯${i},小号`]).flat()]);
    const within = await parseImportFile(csv(['分类,话术', '问候,亲']), { fileName: 'a.csv', products: { bytes: products(10_000), fileName: 'p.csv' } });
    expect(within.ok && [within.pack.products.length, within.invalid.length]).toEqual([10_000, 0]);

    const over = await parseImportFile(csv(['分类,话术', '问候,亲']), { fileName: 'a.csv', products: { bytes: products(10_001), fileName: 'p.csv' } });
    expect(lines(over)).toEqual([expect.stringMatching(/一个话术包最多 10000 个商品；请拆成几个包/)]);
  });

  it('a sheet with far more rows than that is refused before its rows are read', async () => {
    const rows = Array.from({ length: 21_500 }, () => '问候,亲');

    const parsed = await parseImportFile(csv(['分类,话术', ...rows]), { fileName: 'a.csv' });

    expect(lines(parsed)).toEqual([expect.stringMatching(/最多 21000 行/)]);
  });

  it('a cell of 20,000+ characters is a bad row, not a hang', async () => {
    const parsed = await parseImportFile(csv(['分类,话术,买家问法', '问候,亲，在的～,在吗', `问候,亲,${'问'.repeat(20_001)}`]), { fileName: 'a.csv' });

    expect(lines(parsed)).toEqual([expect.stringMatching(/^第 3 行 .*「买家问法」: 这一格超过 20000 个字符/)]);
  });

  it('too many buyer wordings in one phrase is a bad row', async () => {
    const triggers = Array.from({ length: 201 }, (_, i) => `问法${i}`).join('|');

    const parsed = await parseImportFile(csv(['分类,话术,买家问法', `问候,亲,${triggers}`, '问候,亲，在的～,在吗']), { fileName: 'a.csv' });

    expect(lines(parsed)).toEqual([expect.stringMatching(/^第 2 行 .*「买家问法」/)]);
  });
});
