import type { LibraryDb } from '../db/library-db';
import type { StoredCategory, StoredPack, StoredPhrase } from '../db/records';
import type { Pack } from '../schemas/pack';
import { phraseUid } from '../schemas/phrase';

/**
 * Writes one pack's rows. Only for use inside `writeLibrary`: these are the steps, the
 * transaction is what makes them all-or-nothing.
 */

/** Replaces everything an earlier install of this pack wrote with the given (parsed) pack. */
export async function putPackContents(db: LibraryDb, pack: Pack, installedAt: number): Promise<StoredPack> {
  await deletePackContents(db, pack.id);
  await db.phrases.bulkPut(pack.phrases.map((phrase): StoredPhrase => ({
    ...phrase,
    uid: phraseUid(pack.id, phrase.id),
    packId: pack.id,
  })));
  await declareCategories(db, pack);
  const installed: StoredPack = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    author: pack.author,
    ...(pack.description === undefined ? {} : { description: pack.description }),
    language: pack.language,
    installedAt,
  };
  await db.packs.put(installed);
  return installed;
}

/** Removes a pack's phrases, its record, and the categories only it declared. */
export async function deletePackContents(db: LibraryDb, packId: string): Promise<void> {
  await db.phrases.where('packId').equals(packId).delete();
  await withdrawCategoryDeclarations(db, packId);
  await db.packs.delete(packId);
}

async function declareCategories(db: LibraryDb, pack: Pack): Promise<void> {
  if (pack.categories.length === 0) return;
  const existing = await db.categories.bulkGet(pack.categories.map((category) => category.id));
  const rows = pack.categories.map((category, index): StoredCategory => {
    const row = existing[index];
    const declaredBy = [...new Set([...(row?.declaredBy ?? []), pack.id])];
    // Built-in labels belong to the product (and its translations); a pack cannot rename them.
    if (row?.builtIn) return { ...row, declaredBy };
    return { id: category.id, labels: category.labels, builtIn: false, declaredBy };
  });
  await db.categories.bulkPut(rows);
}

async function withdrawCategoryDeclarations(db: LibraryDb, packId: string): Promise<void> {
  const declared = await db.categories.where('declaredBy').equals(packId).toArray();
  const keep: StoredCategory[] = [];
  const drop: string[] = [];
  for (const row of declared) {
    const declaredBy = row.declaredBy.filter((id) => id !== packId);
    if (declaredBy.length === 0 && !row.builtIn) drop.push(row.id);
    else keep.push({ ...row, declaredBy });
  }
  await db.categories.bulkDelete(drop);
  await db.categories.bulkPut(keep);
}
