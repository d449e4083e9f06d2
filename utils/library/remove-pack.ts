import type { LibraryDb } from '../db/library-db';
import { writeMeta } from '../db/meta';
import { DEFAULT_PACK_ID } from '../packs/default-pack-version';
import { deletePackContents } from './pack-contents';
import { writeLibrary } from './write-library';

/**
 * Removes one pack: its phrases, its record and the categories only it declared; other packs
 * keep everything. Removing the default pack is remembered, so it stays removed across restarts
 * until the lead chooses 恢复默认. Removing a pack that is not installed changes nothing else.
 */
export async function removePack(db: LibraryDb, packId: string): Promise<void> {
  await writeLibrary(db, async () => {
    await deletePackContents(db, packId);
    if (packId === DEFAULT_PACK_ID) await writeMeta(db, 'defaultPackRemoved', true);
  });
}
