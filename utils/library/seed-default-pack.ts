import type { LibraryDb } from '../db/library-db';
import { readMeta, writeMeta } from '../db/meta';
import { putPackContents } from './pack-contents';
import { seedDefaultWordingRules } from './risky-wording-rules-store';
import { loadShippedDefaultPack } from './shipped-default-pack';
import { writeLibrary } from './write-library';

/**
 * First install only: puts the default pack into the library and records that seeding ran.
 * Once seeded it never seeds again — a lead who removed the default pack keeps it removed, and
 * an empty library stays a real, visible state. Safe to call on every start; answers whether
 * it seeded the pack this time. The shipped wording rules are checked on every call too: an
 * update may ship a new version of them.
 */
export async function seedDefaultPackOnFirstInstall(db: LibraryDb, now: number = Date.now()): Promise<boolean> {
  await seedDefaultWordingRules(db, now);
  // The cheap read first: after the first start this is all a worker wake-up costs.
  if ((await readMeta(db, 'seededAt')) !== undefined) return false;
  // Read from the package before the transaction: IndexedDB ends a transaction that awaits a fetch.
  const pack = await loadShippedDefaultPack();
  return db.transaction('rw', db.tables, async () => {
    // Checked again inside the transaction: another context may have seeded meanwhile.
    if ((await readMeta(db, 'seededAt')) !== undefined) return false;
    await writeLibrary(db, async () => {
      if ((await readMeta(db, 'defaultPackRemoved')) !== true) await putPackContents(db, pack, { now });
      await writeMeta(db, 'seededAt', now);
    });
    return true;
  });
}

/** 恢复默认: reinstalls the default pack as shipped and forgets that it was removed. */
export async function restoreDefaultPack(db: LibraryDb, now: number = Date.now()): Promise<void> {
  const pack = await loadShippedDefaultPack();
  await writeLibrary(db, async () => {
    await putPackContents(db, pack, { now });
    await writeMeta(db, 'defaultPackRemoved', false);
    if ((await readMeta(db, 'seededAt')) === undefined) await writeMeta(db, 'seededAt', now);
  });
}
