import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, writeMeta, type LibraryVersion } from '../db/meta';
import { storedPackSchema, type StoredPack } from '../db/records';
import { compareVersions } from '../packs/compare-versions';
import { DEFAULT_PACK_ID } from '../packs/default-pack-version';
import type { Pack } from '../schemas/pack';
import { phraseUid } from '../schemas/phrase';
import { putPackContents } from './pack-contents';
import { refusalFor } from './preview-import';
import { writeLibrary } from './write-library';

export interface CommitOptions {
  /** The stamp the preview was computed against; anything else means the library changed since. */
  expectedLibraryVersion: LibraryVersion;
  /** Install an older version over a newer one. */
  force?: boolean | undefined;
  /** Where the pack came from (file name), shown in the library manager. */
  source?: string | undefined;
  now?: number | undefined;
}

export const COMMIT_REFUSALS = ['library-changed', 'older-version', 'reserved-id'] as const;
export type CommitRefusal = (typeof COMMIT_REFUSALS)[number];

/** The import was not applied; the library is exactly as it was. */
export class ImportCommitError extends Error {
  override readonly name = 'ImportCommitError';
  constructor(
    readonly code: CommitRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface CommitResult {
  pack: StoredPack;
  libraryVersion: string;
}

/**
 * Applies a previewed import in ONE transaction: the pack's phrases, categories, rules and
 * record, and the removal of agents' edits of phrases the pack now locks. Agents' own phrases,
 * favourites, usage counts and their other edits stay. If the library changed after the
 * preview, the file is older than what is installed (without `force`), or anything fails
 * midway — including the worker being stopped — nothing is written.
 */
export async function commitImport(db: LibraryDb, pack: Pack, options: CommitOptions): Promise<CommitResult> {
  const now = options.now ?? Date.now();
  const installed = await writeLibrary(db, async () => {
    const current = await readLibraryVersion(db);
    if (current !== options.expectedLibraryVersion) {
      throw new ImportCommitError(
        'library-changed',
        '话术库在预览之后被修改过（可能在另一个窗口）；请重新预览再确认 / the library changed after the preview; preview again before confirming',
      );
    }
    const previous = storedPackSchema.safeParse(await db.packs.get(pack.id));
    const upgrade = !previous.success ? 'new' : compareVersions(pack.version, previous.data.version) < 0 ? 'older' : 'newer';
    const refusal = refusalFor(pack, previous.success ? previous.data.version : undefined, upgrade, options.force === true);
    if (refusal) throw new ImportCommitError(refusal.code, refusal.message);
    const stored = await putPackContents(db, pack, { now, ...(options.source === undefined ? {} : { source: options.source }) });
    await db.phraseOverrides.bulkDelete(pack.locked.phrases.map((id) => phraseUid(pack.id, id)));
    // Importing the default pack's file is also "having it back".
    if (pack.id === DEFAULT_PACK_ID) await writeMeta(db, 'defaultPackRemoved', false);
    return stored;
  });
  const libraryVersion = await readLibraryVersion(db);
  if (libraryVersion === null) throw new Error('the library version stamp is missing after a write');
  return { pack: installed, libraryVersion };
}
