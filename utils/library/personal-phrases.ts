import type { LibraryDb } from '../db/library-db';
import { storedCategorySchema, storedPhraseSchema, type StoredPhrase } from '../db/records';
import { isBuiltInCategoryId } from '../schemas/category';
import { PERSONAL_PACK_ID, packPhraseSchema, phraseUid, type LibraryPhrase, type PackPhrase } from '../schemas/phrase';
import { PackValidationError } from './pack-validation-error';
import { parseRows } from './parse-rows';
import { writeLibrary } from './write-library';

export type PersonalPhraseInput = Omit<PackPhrase, 'id' | 'triggers' | 'tags'> & {
  /** Absent for a new phrase. */
  id?: string | undefined;
  triggers?: string[] | undefined;
  tags?: string[] | undefined;
};

/**
 * An agent's own phrase (pack 'personal'): never touched by pack imports, upgrades or removals,
 * exported with the agent's backup and their personal-phrase export.
 */
export async function savePersonalPhrase(db: LibraryDb, input: PersonalPhraseInput): Promise<LibraryPhrase> {
  const parsed = packPhraseSchema.safeParse({ ...input, id: input.id ?? `my-${crypto.randomUUID().slice(0, 8)}` });
  if (!parsed.success) throw new PackValidationError(parsed.error.issues);
  const phrase = parsed.data;
  return writeLibrary(db, async () => {
    if (!isBuiltInCategoryId(phrase.category) && !storedCategorySchema.safeParse(await db.categories.get(phrase.category)).success) {
      throw new PackValidationError([
        {
          code: 'custom',
          path: ['category'],
          input: phrase.category,
          message: `分类 "${phrase.category}" 不在话术库里；请选一个已有的分类，例如 "after-sales" / unknown category`,
        },
      ]);
    }
    const uid = phraseUid(PERSONAL_PACK_ID, phrase.id);
    const existing = storedPhraseSchema.safeParse(await db.phrases.get(uid));
    const row: StoredPhrase = {
      ...phrase,
      uid,
      packId: PERSONAL_PACK_ID,
      position: existing.success ? (existing.data.position ?? 0) : await db.phrases.where('packId').equals(PERSONAL_PACK_ID).count(),
    };
    await db.phrases.put(row);
    const { position: _position, ...saved } = row;
    return saved;
  });
}

export async function deletePersonalPhrase(db: LibraryDb, id: string): Promise<void> {
  await writeLibrary(db, async () => {
    await db.phrases.delete(phraseUid(PERSONAL_PACK_ID, id));
  });
}

export async function listPersonalPhrases(db: LibraryDb): Promise<LibraryPhrase[]> {
  return parseRows('phrases', await db.phrases.where('packId').equals(PERSONAL_PACK_ID).toArray(), storedPhraseSchema)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map(({ position: _position, ...phrase }) => phrase);
}
