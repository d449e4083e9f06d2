import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_PACK_ID } from '../../../utils/packs/default-pack-version';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import { loadLibrary } from '../../../utils/library/load-library';
import { removePack } from '../../../utils/library/remove-pack';
import { recordInsertion, usageOfPhrase } from '../../../utils/library/record-insertion';
import { BUILT_IN_CATEGORY_IDS } from '../../../utils/schemas/category';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { SEASONAL_PACK, TEA_SHOP_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

it('removes only that pack’s phrases and record', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  await installPack(db, SEASONAL_PACK);

  await removePack(db, TEA_SHOP_PACK.id);

  const library = await loadLibrary(db);
  expect(library.phrases.map((phrase) => phrase.uid).sort()).toEqual(['seasonal/brew-gift', 'seasonal/gift-001']);
  expect((await libraryStatus(db)).packs.map((pack) => pack.id)).toEqual([SEASONAL_PACK.id]);
});

it('keeps a custom category while another pack still declares it, and drops it with the last one', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  await installPack(db, SEASONAL_PACK);

  await removePack(db, TEA_SHOP_PACK.id);
  expect((await loadLibrary(db)).categories.map((category) => category.id)).toContain('brewing');

  await removePack(db, SEASONAL_PACK.id);
  expect((await loadLibrary(db)).categories.map((category) => category.id)).toEqual([...BUILT_IN_CATEGORY_IDS]);
});

it('never removes a built-in category, even one a pack declared', async () => {
  const db = openTestLibraryDb();
  await installPack(db, {
    ...TEA_SHOP_PACK,
    categories: [...TEA_SHOP_PACK.categories, { id: 'shipping', labels: { 'zh-CN': '快递' } }],
  });

  expect((await libraryStatus(db)).categories.find((category) => category.id === 'shipping')?.labels['zh-CN']).toBe('发货物流');
  await removePack(db, TEA_SHOP_PACK.id);

  expect((await loadLibrary(db)).categories.map((category) => category.id)).toEqual([...BUILT_IN_CATEGORY_IDS]);
});

it('keeps the usage counts, so a reinstalled pack keeps its statistics', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  await recordInsertion(db, 'tea-shop/ship-001', 'shipping');

  await removePack(db, TEA_SHOP_PACK.id);

  expect(await usageOfPhrase(db, 'tea-shop/ship-001')).toHaveLength(1);
});

it('remembers that the default pack was removed on purpose; removing a pack twice is harmless', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);

  await removePack(db, DEFAULT_PACK_ID);
  await removePack(db, DEFAULT_PACK_ID);
  await removePack(db, 'never-installed');

  expect(await libraryStatus(db)).toMatchObject({ defaultPackRemoved: true, phraseCount: TEA_SHOP_PACK.phrases.length });
});
