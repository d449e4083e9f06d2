import type { LibraryDb } from '../db/library-db';
import { phraseOverrideSchema, storedPackSchema, storedPhraseSchema, type PhraseOverride } from '../db/records';
import { PERSONAL_PACK_ID, packPhraseSchema } from '../schemas/phrase';
import { parseRows } from './parse-rows';
import { writeLibrary } from './write-library';

/** An edit that cannot be kept: the phrase is locked by its pack, missing, or the text is not a valid phrase. */
export class PhraseEditError extends Error {
  override readonly name = 'PhraseEditError';
  constructor(
    readonly code: 'locked' | 'not-found' | 'personal' | 'invalid-text',
    message: string,
  ) {
    super(message);
  }
}

/** A personal edit together with the pack's own wording, so the library manager can show both. */
export interface OverrideView extends PhraseOverride {
  packText: string;
}

/**
 * An agent rewords a pack phrase for themselves. The pack's text stays (the next version of
 * the pack updates it), the agent's wording is what they see and insert. A phrase the lead
 * locked cannot be reworded: the refusal says so.
 */
export async function setPhraseOverride(db: LibraryDb, uid: string, text: string, now: number = Date.now()): Promise<PhraseOverride> {
  const checked = packPhraseSchema.shape.text.safeParse(text);
  if (!checked.success) throw new PhraseEditError('invalid-text', checked.error.issues.map((issue) => issue.message).join('\n'));
  return writeLibrary(db, async () => {
    const phrase = storedPhraseSchema.safeParse(await db.phrases.get(uid));
    if (!phrase.success) throw new PhraseEditError('not-found', `没有这条话术："${uid}" / no phrase "${uid}"`);
    if (phrase.data.packId === PERSONAL_PACK_ID) {
      throw new PhraseEditError('personal', '自己的话术直接修改即可，不需要另存一份 / edit your own phrase directly');
    }
    const pack = storedPackSchema.safeParse(await db.packs.get(phrase.data.packId));
    if (pack.success && pack.data.locked.phrases.includes(phrase.data.id)) {
      throw new PhraseEditError(
        'locked',
        `这条话术已被主管锁定（话术包「${pack.data.name}」），不能修改；有建议请告诉主管 / this phrase is locked by the team lead (pack "${pack.data.name}") and cannot be changed`,
      );
    }
    const row: PhraseOverride = { uid, text: checked.data, updatedAt: now };
    await db.phraseOverrides.put(row);
    return row;
  });
}

/** Back to the pack's wording. */
export async function clearPhraseOverride(db: LibraryDb, uid: string): Promise<void> {
  await writeLibrary(db, async () => {
    await db.phraseOverrides.delete(uid);
  });
}

/** Every personal edit of a pack phrase that still exists, with the pack's wording next to it. */
export async function listPhraseOverrides(db: LibraryDb): Promise<OverrideView[]> {
  const overrides = parseRows('phraseOverrides', await db.phraseOverrides.toArray(), phraseOverrideSchema);
  const phrases = await db.phrases.bulkGet(overrides.map((override) => override.uid));
  return overrides.flatMap((override, index): OverrideView[] => {
    const phrase = storedPhraseSchema.safeParse(phrases[index]);
    return phrase.success ? [{ ...override, packText: phrase.data.text }] : [];
  });
}
