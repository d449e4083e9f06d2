import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { installPack } from '../../../utils/library/install-pack';
import { packPhraseCounts, packProductCounts } from '../../../utils/library/pack-phrase-counts';
import { packSchema } from '../../../utils/schemas/pack';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { SEASONAL_PACK, TEA_SHOP_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

describe('phrases per installed pack (the packs table’s 话术 column)', () => {
  it('counts each pack’s own phrases, and zero for a pack with none left', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK, 1);
    await installPack(db, SEASONAL_PACK, 2);

    expect(await packPhraseCounts(db, ['tea-shop', SEASONAL_PACK.id, 'gone'])).toEqual({
      'tea-shop': TEA_SHOP_PACK.phrases.length,
      [SEASONAL_PACK.id]: SEASONAL_PACK.phrases.length,
      gone: 0,
    });
  });
});

describe('products per installed pack (the packs table’s 商品 column)', () => {
  it('counts each pack’s products, and zero for a pack without', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK, 1);
    await installPack(
      db,
      packSchema.parse({ format: 3, id: 'cups', name: '杯', version: '1.0.0', author: 'a', phrases: [{ id: 'a', category: 'product', text: '亲' }], products: [{ name: '保温杯' }, { name: '餐盘' }] }),
      2,
    );

    expect(await packProductCounts(db, ['tea-shop', 'cups'])).toEqual({ 'tea-shop': 0, cups: 2 });
  });
});
