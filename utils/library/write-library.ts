import Dexie from 'dexie';
import type { LibraryDb } from '../db/library-db';
import { bumpLibraryVersion } from '../db/meta';
import { mirrorSiteOverrides } from './mirror-site-overrides';

/**
 * The one way to write the library: a single read-write transaction over every table (phrases,
 * rules, overrides, usage, … — an import or a restore may touch any of them) that ends by
 * bumping the version stamp, so in-memory indexes (in this or another context)
 * notice. `write` must await nothing but Dexie: parse and diff before calling this.
 * If anything inside throws, Dexie rolls the whole transaction back.
 * Once committed, the packs' selector overrides are mirrored to storage.local for chat pages
 * (mirror-site-overrides.ts); a failed mirror fails the call, so nobody believes it reached them.
 */
export async function writeLibrary<T>(db: LibraryDb, write: () => Promise<T>): Promise<T> {
  const result = await db.transaction('rw', db.tables, async () => {
    const written = await write();
    await bumpLibraryVersion(db);
    return written;
  });
  // Inside a caller's own transaction (first-install seeding) storage.local cannot be awaited
  // without ending it; only the default pack is written there, which carries no overrides.
  if (!Dexie.currentTransaction) await mirrorSiteOverrides(db);
  return result;
}
