import type { LibraryDb } from '../db/library-db';
import { bumpLibraryVersion } from '../db/meta';

/**
 * The one way to write the library: a single read-write transaction over every table (phrases,
 * rules, overrides, usage, … — an import or a restore may touch any of them) that ends by
 * bumping the version stamp, so in-memory indexes (in this or another context)
 * notice. `write` must await nothing but Dexie: parse and diff before calling this.
 * If anything inside throws, Dexie rolls the whole transaction back.
 */
export function writeLibrary<T>(db: LibraryDb, write: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, async () => {
    const result = await write();
    await bumpLibraryVersion(db);
    return result;
  });
}
