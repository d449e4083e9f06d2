import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPackCommand, type PackCliIo } from '../../../../utils/dev-tools/cli/pack-commands';
import { readPackJson } from '../../../../utils/packs/read-pack-json';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'packs', name);

/** Runs `npm run pack -- …` with the terminal and the disk captured. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: PackCliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: async (path, text) => {
      written.set(path, text);
    },
    root: ROOT,
    today: new Date(2026, 10, 23),
  };
  const code = await runPackCommand(argv, io);
  return { code, out, err, written };
}

describe('npm run pack -- validate', () => {
  it('exits 0 on a clean file', async () => {
    const { code, out, err } = await run('validate', fixture('tea-shop-v1.xlsx'));

    expect(code).toBe(0);
    expect(out).toEqual([]);
    expect(err.at(-1)).toMatch(/有效 \/ valid — tea-shop 2026\.11\.23, 10 条话术/);
  });

  it('exits 1 on a broken file, one line per problem naming the row as Excel shows it, the column, reason and example', async () => {
    const { code, out } = await run('validate', fixture('broken.xlsx'));

    expect(code).toBe(1);
    expect(out).toHaveLength(7);
    expect(out[0]).toMatch(/broken\.xlsx: 工作表「话术」 第 3 行 \/ row 3 「分类」: 分类不能为空.*（例如 \/ e\.g\. 售后/);
    expect(out.map((line) => /row (\d+) 「(.+?)」/.exec(line)?.slice(1).join(' '))).toEqual([
      '3 分类',
      '4 话术',
      '5 话术',
      '6 快捷编码',
      '7 锁定',
      '8 编号',
      '9 编号',
    ]);
  });

  it('exits 1 on a file it cannot read, saying why', async () => {
    const { code, out } = await run('validate', fixture('does-not-exist.csv'));

    expect(code).toBe(1);
    expect(out[0]).toMatch(/读不到文件/);
  });
});

describe('npm run pack -- convert', () => {
  it('writes a JSON pack with the given metadata', async () => {
    const { code, written } = await run('convert', fixture('tea-shop-v1-gb18030.csv'), 'out/tea.json', '--id', 'tea-shop', '--name', '茶叶店话术', '--version', '1.2.0');

    expect(code).toBe(0);
    const pack = readPackJson(written.get('out/tea.json') ?? '').pack;
    expect(pack).toMatchObject({ id: 'tea-shop', name: '茶叶店话术', version: '1.2.0' });
    expect(pack.phrases).toHaveLength(10);
  });

  it('writes nothing while rows are invalid, unless told to skip them', async () => {
    const refused = await run('convert', fixture('broken.csv'), 'out/broken.json');
    const skipped = await run('convert', fixture('broken.csv'), 'out/broken.json', '--skip-invalid');

    expect(refused.code).toBe(1);
    expect(refused.written.size).toBe(0);
    expect(skipped.code).toBe(0);
    expect(readPackJson(skipped.written.get('out/broken.json') ?? '').pack.phrases.map((phrase) => phrase.id)).toEqual(['ok-001']);
  });
});

describe('npm run pack -- stats', () => {
  it('prints phrases per category, shortcuts, locks and what the default wording rules flag', async () => {
    const { code, out } = await run('stats', fixture('tea-shop.json'));

    expect(code).toBe(0);
    expect(out).toEqual(
      expect.arrayContaining([
        '茶叶店话术 (tea-shop) 1.0.0 — 茶叶店客服主管',
        '话术 / phrases: 6',
        '  冲泡方法 (brewing): 1',
        '快捷编码 / shortcuts: 3',
        '锁定 / locked: 2 条话术 / phrases, 1 条规则 / rules',
      ]),
    );
  });
});

it('the committed JSON Schema is up to date (npm run pack -- schema --check)', async () => {
  const { code } = await run('schema', '--check');

  expect(code).toBe(0);
});

it('answers a wrong command with the usage and exit 2', async () => {
  const { code, err } = await run('frobnicate');

  expect(code).toBe(2);
  expect(err[0]).toMatch(/npm run pack -- validate/);
});

describe('npm run pack with products (format 3)', async () => {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'pack-products-'));
  const phrasesCsv = join(dir, 'cups.csv');
  const productsCsv = join(dir, 'cups-商品.csv');
  const badProductsCsv = join(dir, 'bad-商品.csv');
  await writeFile(phrasesCsv, '\ufeff分类,话术,买家问法,适用商品,话术类型\r\n商品,亲，保修{商品.保修},保修多久,保温杯,\r\n商品,亲，稍等我确认一下,,,等待回复\r\n问候,亲，在的～,在吗,,\r\n');
  await writeFile(productsCsv, '\ufeff商品名称,关键词,平台商品ID,SKU,保修,容量\r\n保温杯,杯,pdd:123,,一年,500ml\r\n保温杯,,,大号,,750ml\r\n餐盘,,jd:9,,,\r\n');
  await writeFile(badProductsCsv, '\ufeff商品名称,平台商品ID\r\n保温杯,pdd123\r\n');

  it('validate and convert read the products CSV given with --products into a format-3 pack', async () => {
    const valid = await run('validate', phrasesCsv, '--products', productsCsv, '--id', 'cups', '--version', '1.0.0');
    expect(valid.code).toBe(0);
    expect(valid.err.at(-1)).toMatch(/3 条话术 \/ phrases, 2 个商品 \/ products/);

    const converted = await run('convert', phrasesCsv, join(dir, 'cups.json'), '--products', productsCsv, '--id', 'cups', '--version', '1.0.0');
    expect(converted.code).toBe(0);
    const pack = readPackJson(converted.written.get(join(dir, 'cups.json')) ?? '').pack;
    expect(pack.format).toBe(3);
    expect(pack.products[0]).toEqual({ name: '保温杯', keywords: ['杯'], ids: [{ platform: 'pdd', itemId: '123' }], facts: { 保修: '一年', 容量: '500ml' }, skus: [{ name: '大号', facts: { 容量: '750ml' } }] });
    expect(pack.phrases.map((phrase) => [phrase.products, phrase.holding])).toEqual([[['保温杯'], undefined], [undefined, true], [undefined, undefined]]);
  });

  it('validate names the products file, row and column of a bad 平台商品ID', async () => {
    const { code, out } = await run('validate', phrasesCsv, '--products', badProductsCsv);
    expect(code).toBe(1);
    expect(out[0]).toMatch(/工作表「bad-商品」 第 2 行 \/ row 2 「平台商品ID」: "pdd123" 不是 平台:商品编号/);
  });

  it('stats counts products, SKUs, facts, scoped phrases and holding replies', async () => {
    const { code, out } = await run('stats', phrasesCsv, '--products', productsCsv);
    expect(code).toBe(0);
    expect(out).toContain('商品 / products: 2; SKU: 1; 参数 / facts: 2（平均 1.0 / avg per product）');
    expect(out).toContain('适用商品的话术 / scoped phrases: 1; 没有专属话术的商品 / products without one: 1; 等待回复 / holding replies: 1');
  });

  it('--products beside an .xlsx is refused: its products are its 商品 sheet', async () => {
    const { code, out } = await run('validate', fixture('tea-shop-v1.xlsx'), '--products', productsCsv);
    expect(code).toBe(1);
    expect(out[0]).toMatch(/--products 只用于 CSV/);
  });
});
