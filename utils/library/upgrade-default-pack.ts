import type { LibraryDb } from '../db/library-db';
import { storedPackSchema } from '../db/records';
import { compareVersions } from '../packs/compare-versions';
import { DEFAULT_PACK_ID, DEFAULT_PACK_VERSION } from '../packs/default-pack-version';
import { putPackContents } from './pack-contents';
import { loadShippedDefaultPack } from './shipped-default-pack';
import { writeLibrary } from './write-library';

/**
 * An extension update may ship a better default pack (more buyer wordings, fixed phrases). Teams
 * that never touched it should get it without re-importing anything, the way an import upgrades
 * a pack: phrase uids stay, so usage, favourites and agents' personal edits carry over.
 *
 * Only the pack as shipped is upgraded: one that came from a file or a subscription (it has a
 * `source`) is the lead's, and a removed one stays removed. Answers whether it upgraded.
 */
export async function upgradeShippedDefaultPack(db: LibraryDb, now: number = Date.now()): Promise<boolean> {
  if (!(await defaultPackIsOutdated(db))) return false;
  // Read from the package before the transaction: IndexedDB ends a transaction that awaits a fetch.
  const pack = await loadShippedDefaultPack();
  return writeLibrary(db, async () => {
    // Checked again inside the transaction: another context may have upgraded or imported meanwhile.
    if (!isShippedAndOlder(await db.packs.get(DEFAULT_PACK_ID))) return false;
    await putPackContents(db, pack, { now });
    return true;
  });
}

/** Whether the installed default pack is the shipped one, in an older version than this build's (one read). */
export async function defaultPackIsOutdated(db: LibraryDb): Promise<boolean> {
  return isShippedAndOlder(await db.packs.get(DEFAULT_PACK_ID));
}

function isShippedAndOlder(row: unknown): boolean {
  const installed = storedPackSchema.safeParse(row);
  return installed.success && installed.data.source === undefined && compareVersions(DEFAULT_PACK_VERSION, installed.data.version) > 0;
}
