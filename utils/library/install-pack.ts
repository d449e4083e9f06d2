import type { LibraryDb } from '../db/library-db';
import { writeMeta } from '../db/meta';
import type { StoredPack } from '../db/records';
import { DEFAULT_PACK_ID } from '../packs/default-pack-version';
import { packSchema, type PackInput } from '../schemas/pack';
import { putPackContents } from './pack-contents';
import { PackValidationError } from './pack-validation-error';
import { writeLibrary } from './write-library';

/**
 * Installs a pack, replacing an earlier install of the same pack id. All or nothing: the pack is
 * validated first (PackValidationError lists every problem), then written in one transaction —
 * if any write fails, the library is exactly as it was. Other packs (including the agents'
 * personal phrases) are never touched.
 */
export async function installPack(db: LibraryDb, input: PackInput, now: number = Date.now()): Promise<StoredPack> {
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) throw new PackValidationError(parsed.error.issues);
  const pack = parsed.data;
  return writeLibrary(db, async () => {
    const installed = await putPackContents(db, pack, { now });
    // Installing the default pack by hand (e.g. importing its file) is also "having it back".
    if (pack.id === DEFAULT_PACK_ID) await writeMeta(db, 'defaultPackRemoved', false);
    return installed;
  });
}
