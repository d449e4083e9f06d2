import type { LibraryDb } from '../../../utils/db/library-db';
import { phraseOverrideSchema, storedPackSchema, storedPhraseSchema } from '../../../utils/db/records';
import { applyOverrides } from '../../../utils/library/load-library';
import { parseRows } from '../../../utils/library/parse-rows';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';

/**
 * Every phrase as the agent sees it (their own wording where they made one), in pack order, for
 * browsing the whole library; the background's search answers at most 200. Read only.
 */
export async function loadAllPhrases(db: LibraryDb): Promise<LibraryPhrase[]> {
  const rows = await db.transaction('r', [db.phrases, db.phraseOverrides, db.packs], async () => ({
    phrases: await db.phrases.toArray(),
    overrides: await db.phraseOverrides.toArray(),
    packs: await db.packs.toArray(),
  }));
  const phrases = parseRows('phrases', rows.phrases, storedPhraseSchema).sort(
    (a, b) => a.packId.localeCompare(b.packId) || (a.position ?? 0) - (b.position ?? 0),
  );
  return applyOverrides(phrases, parseRows('phraseOverrides', rows.overrides, phraseOverrideSchema), parseRows('packs', rows.packs, storedPackSchema));
}
