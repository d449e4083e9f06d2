import { expect, it } from 'vitest';
import { diffPacks } from '../../../utils/packs/pack-diff';
import { packSchema } from '../../../utils/schemas/pack';
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

it('diffs products by name: added, removed, and per change which keywords, ids, facts and SKUs differ', () => {
  const base = { format: 3, id: 'cups', name: '杯', version: '1.0.0', author: '主管', phrases: [{ id: 'a', category: 'product', text: '亲～', products: ['保温杯'] }] } as const;
  const v1 = packSchema.parse({
    ...base,
    products: [
      { name: '保温杯', keywords: ['杯'], ids: [{ platform: 'pdd', itemId: '1' }], facts: { 保修: '一年', 材质: '316' }, skus: [{ name: '黑', facts: { 颜色: '黑' } }, { name: '白' }] },
      { name: '餐盘', facts: { 材质: '硅胶' } },
      { name: '杯刷' },
    ],
  });
  const v2 = packSchema.parse({
    ...base,
    version: '2.0.0',
    phrases: [{ id: 'a', category: 'product', text: '亲～', products: ['保温杯', '茶壶'], holding: true }],
    products: [
      { name: '保温杯', keywords: ['杯', '保温'], ids: [{ platform: 'pdd', itemId: '1' }], facts: { 保修: '两年', 容量: '500ml' }, skus: [{ name: '黑', facts: { 颜色: '黑色' } }, { name: '蓝' }] },
      { name: '杯刷' },
      { name: '茶壶', facts: { 材质: '紫砂' } },
    ],
  });

  const diff = diffPacks(v1, v2);

  expect(diff.products.added).toEqual([{ name: '茶壶', factCount: 1, skuCount: 0 }]);
  expect(diff.products.removed).toEqual([{ name: '餐盘', factCount: 1, skuCount: 0 }]);
  expect(diff.products.unchanged).toBe(1);
  expect(diff.products.changed).toEqual([
    {
      name: '保温杯',
      factCount: 2,
      skuCount: 2,
      changes: [
        { field: 'keywords', before: '杯', after: '杯 | 保温' },
        { field: 'fact', name: '保修', before: '一年', after: '两年' },
        { field: 'fact', name: '材质', before: '316', after: '' },
        { field: 'fact', name: '容量', before: '', after: '500ml' },
        { field: 'sku', name: '黑', before: '颜色=黑', after: '颜色=黑色' },
        { field: 'sku', name: '白', before: '（无单独参数 / no own facts）', after: '' },
        { field: 'sku', name: '蓝', before: '', after: '（无单独参数 / no own facts）' },
      ],
    },
  ]);
  // A phrase's scope and holding mark are changes of the phrase.
  expect(diff.changed[0]?.changes).toEqual([
    { field: 'products', before: '保温杯', after: '保温杯 | 茶壶' },
    { field: 'holding', before: 'false', after: 'true' },
  ]);
});

it('a first install lists every product as added; packs without products have an empty products diff', () => {
  const plain = packSchema.parse({ format: 2, id: 'p', name: 'p', version: '1.0.0', author: 'a', phrases: [{ id: 'a', category: 'greeting', text: '在的' }] });
  expect(diffPacks(undefined, plain).products).toEqual({ added: [], changed: [], unchanged: 0, removed: [] });
  expect(diffPacks(plain, plain).changed).toEqual([]);
});
