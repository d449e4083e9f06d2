import { expect, it } from 'vitest';
import { diffPacks } from '../../../utils/packs/pack-diff';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { fixtureBytes, parsedOk } from './pack-fixtures';

async function sheet(file: string, version: string) {
  return parsedOk(await parseImportFile(fixtureBytes(file), { fileName: 'tea-shop.xlsx', version })).pack;
}

it('shows what the next version of the sheet adds, changes (field by field) and removes', async () => {
  const v1 = await sheet('tea-shop-v1.xlsx', '1.0.0');
  const v2 = await sheet('tea-shop-v2.xlsx', '2.0.0');

  const diff = diffPacks(v1, v2);

  expect(diff.added.map((phrase) => phrase.id)).toEqual(['brew-003']);
  expect(diff.removed.map((phrase) => phrase.id)).toEqual(['ship-002']);
  expect(diff.changed).toEqual([
    expect.objectContaining({
      id: 'brew-001',
      changes: [{ field: 'text', before: v1.phrases[1]?.text, after: '亲，绿茶用80度的水，红茶用95度左右的水冲泡口感最好哦～' }],
    }),
    expect.objectContaining({
      id: 'after-001',
      changes: [{ field: 'triggers', before: '茶叶受潮了 | 包装破了', after: '茶叶受潮了 | 包装破了 | 茶叶发霉' }],
    }),
  ]);
  expect(diff.unchanged).toBe(7);
  expect(diff.categories).toEqual({ added: [], removed: [] });
});

it('a first install adds everything', async () => {
  const v1 = await sheet('tea-shop-v1.xlsx', '1.0.0');

  const diff = diffPacks(undefined, v1);

  expect(diff.added).toHaveLength(10);
  expect(diff.categories.added).toHaveLength(2);
  expect(diff.changed).toEqual([]);
  expect(diff.removed).toEqual([]);
});

it('a phrase that becomes locked is a change', async () => {
  const v1 = await sheet('tea-shop-v1.xlsx', '1.0.0');
  const relocked = { ...v1, locked: { phrases: ['greet-001', 'brew-002'], rules: [] } };

  const diff = diffPacks(v1, relocked);

  expect(diff.changed).toEqual([
    expect.objectContaining({ id: 'brew-002', changes: [{ field: 'locked', before: 'false', after: 'true' }] }),
    expect.objectContaining({ id: 'after-001', changes: [{ field: 'locked', before: 'true', after: 'false' }] }),
  ]);
});
