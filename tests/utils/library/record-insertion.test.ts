import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { installPack } from '../../../utils/library/install-pack';
import { recordInsertion, usageOfPhrase } from '../../../utils/library/record-insertion';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

it('counts insertions per phrase and buyer intent, with the time of the last one', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);

  await recordInsertion(db, 'tea-shop/ship-001', 'shipping', 1_000);
  await recordInsertion(db, 'tea-shop/ship-001', 'shipping', 2_000);
  await recordInsertion(db, 'tea-shop/ship-001', 'urging-payment', 3_000);
  await recordInsertion(db, 'tea-shop/ship-001', undefined, 4_000);

  expect(await usageOfPhrase(db, 'tea-shop/ship-001')).toEqual([
    { phraseUid: 'tea-shop/ship-001', intent: '', count: 1, lastUsedAt: 4_000 },
    { phraseUid: 'tea-shop/ship-001', intent: 'shipping', count: 2, lastUsedAt: 2_000 },
    { phraseUid: 'tea-shop/ship-001', intent: 'urging-payment', count: 1, lastUsedAt: 3_000 },
  ]);
});

it('keeps nothing but ids, counts and times — no chat text', async () => {
  const db = openTestLibraryDb();

  const row = await recordInsertion(db, 'tea-shop/ship-001', 'shipping', 1_000);

  expect(Object.keys(row).sort()).toEqual(['count', 'intent', 'lastUsedAt', 'phraseUid']);
});

it('does not invalidate the engine index (usage is not part of the library)', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  const stamp = await db.meta.get('libraryVersion');

  await recordInsertion(db, 'tea-shop/ship-001', 'shipping');

  expect(await db.meta.get('libraryVersion')).toEqual(stamp);
});

it('refuses something that is not a phrase uid', async () => {
  const db = openTestLibraryDb();

  await expect(recordInsertion(db, '亲，什么时候发货', 'shipping')).rejects.toThrow(/packId\/phraseId/);
  expect(await db.usage.count()).toBe(0);
});
