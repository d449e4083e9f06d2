import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { installPack } from '../../../utils/library/install-pack';
import { packPhraseCounts } from '../../../utils/library/pack-phrase-counts';
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
