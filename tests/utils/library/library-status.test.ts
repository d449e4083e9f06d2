import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { bumpLibraryVersion, readLibraryVersion } from '../../../utils/db/meta';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import { libraryStatusSchema } from '../../../utils/messaging/protocol';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

it('has no version stamp before the library’s first write', async () => {
  const db = openTestLibraryDb();
  expect((await libraryStatus(db)).libraryVersion).toBeNull();
});

it('carries the library’s version stamp, which changes with an edit that keeps every count', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  const before = await libraryStatus(db);
  expect(before.libraryVersion).toBe(await readLibraryVersion(db));
  expect(before.libraryVersion).not.toBeNull();

  // e.g. a phrase's wording changed in another options tab: same packs, same phrase count.
  await bumpLibraryVersion(db);
  const after = await libraryStatus(db);
  expect(after.phraseCount).toBe(before.phraseCount);
  expect(after.libraryVersion).not.toBe(before.libraryVersion);
  expect(libraryStatusSchema.parse(after)).toEqual(after);
});
