import type { LibraryDb } from '../db/library-db';
import {
  storedPackSchema,
  storedWordingRuleSchema,
  type StoredCategory,
  type StoredPack,
  type StoredPhrase,
  type StoredProduct,
  type StoredWordingRule,
} from '../db/records';
import type { Pack } from '../schemas/pack';
import { phraseUid } from '../schemas/phrase';
import { productUid } from '../schemas/product';
import { ruleUid } from '../schemas/rule-uid';

/**
 * Writes one pack's rows. Only for use inside `writeLibrary`: these are the steps, the
 * transaction is what makes them all-or-nothing.
 */

export interface PutPackOptions {
  /** Epoch ms of this write: a first install's `installedAt`, an upgrade's `updatedAt`. */
  now: number;
  /** Where the pack came from (a file name), kept for the library manager. */
  source?: string;
}

/**
 * Replaces everything an earlier install of this pack wrote with the given (parsed) pack.
 * Phrase and rule uids depend only on the pack id and their own ids, so usage counts,
 * favourites and personal overrides (all keyed by uid) carry over to the new version; a
 * rule an agent's lead switched off stays off unless the pack now locks it.
 */
export async function putPackContents(db: LibraryDb, pack: Pack, options: PutPackOptions): Promise<StoredPack> {
  const previous = storedPackSchema.safeParse(await db.packs.get(pack.id));
  const previousRules = await db.rules.where('packId').equals(pack.id).toArray();
  await deletePackContents(db, pack.id);
  await db.phrases.bulkPut(pack.phrases.map((phrase, position): StoredPhrase => ({
    ...phrase,
    uid: phraseUid(pack.id, phrase.id),
    packId: pack.id,
    position,
  })));
  await db.rules.bulkPut(packRuleRows(pack, previousRules, options.now));
  await db.products.bulkPut(pack.products.map((product, position): StoredProduct => ({
    ...product,
    uid: productUid(pack.id, product.name),
    packId: pack.id,
    position,
  })));
  await declareCategories(db, pack);
  const installed: StoredPack = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    author: pack.author,
    ...(pack.description === undefined ? {} : { description: pack.description }),
    language: pack.language,
    topics: pack.topics,
    installedAt: previous.success ? previous.data.installedAt : options.now,
    ...(previous.success ? { updatedAt: options.now } : {}),
    ...(options.source === undefined ? {} : { source: options.source }),
    locked: pack.locked,
    sites: pack.sites,
    siteOverrides: pack.siteOverrides,
  };
  await db.packs.put(installed);
  return installed;
}

function packRuleRows(pack: Pack, previousRows: readonly unknown[], now: number): StoredWordingRule[] {
  const previous = new Map<string, StoredWordingRule>();
  for (const row of previousRows) {
    const parsed = storedWordingRuleSchema.safeParse(row);
    if (parsed.success) previous.set(parsed.data.uid, parsed.data);
  }
  const locked = new Set(pack.locked.rules);
  return pack.rules.map((rule): StoredWordingRule => {
    const uid = ruleUid(pack.id, rule.id);
    const before = previous.get(uid);
    const isLocked = locked.has(rule.id);
    return {
      ...rule,
      uid,
      packId: pack.id,
      status: before?.status === 'rejected' && !isLocked ? 'rejected' : 'active',
      locked: isLocked,
      createdAt: before?.createdAt ?? now,
    };
  });
}

/** Removes a pack's phrases, its rules, its products, its record, and the categories only it declared. */
export async function deletePackContents(db: LibraryDb, packId: string): Promise<void> {
  await db.phrases.where('packId').equals(packId).delete();
  await db.products.where('packId').equals(packId).delete();
  await db.rules.where('packId').equals(packId).delete();
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
