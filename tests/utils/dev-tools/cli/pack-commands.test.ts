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
