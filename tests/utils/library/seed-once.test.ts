import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLibraryVersion } from '../../../utils/db/meta';
import { libraryStatus } from '../../../utils/library/library-status';
import { createSeedOnce } from '../../../utils/library/seed-once';
import { defaultPack } from '../../../utils/packs/default-pack';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';

afterEach(() => {
  vi.restoreAllMocks();
  return closeTestLibraryDbs();
});

describe('the check every waking worker makes before its first answer', () => {
  it('seeds a new library with the default pack, read from the package', async () => {
    const db = openTestLibraryDb();
    const fetches = vi.spyOn(globalThis, 'fetch');

    await createSeedOnce(db).ensureSeeded();

    expect((await libraryStatus(db)).phraseCount).toBe(defaultPack().phrases.length);
    expect(fetches.mock.calls.map(([url]) => String(url))).toEqual([expect.stringMatching(/\/data\/default-pack\.json$/)]);
  });

  it('on a seeded, up-to-date library, reads the package for nothing and writes nothing', async () => {
    const db = openTestLibraryDb();
    await createSeedOnce(db).ensureSeeded();
    const stamp = await readLibraryVersion(db);
    const fetches = vi.spyOn(globalThis, 'fetch');

    // A worker woken later: a new life, the same database.
    await createSeedOnce(db).ensureSeeded();

    expect(fetches).not.toHaveBeenCalled();
    expect(await readLibraryVersion(db)).toBe(stamp);
  });
});
