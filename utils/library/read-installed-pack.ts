import type { LibraryDb } from '../db/library-db';
import {
  storedCategorySchema,
  storedPackSchema,
  storedPhraseSchema,
  storedProductSchema,
  storedWordingRuleSchema,
  type StoredPack,
  type StoredWordingRule,
} from '../db/records';
import { isBuiltInCategoryId, type Category } from '../schemas/category';
import { NEWEST_PACK_FORMAT, type Pack } from '../schemas/pack';
import type { PackPhrase } from '../schemas/phrase';
import type { Product } from '../schemas/product';
import type { WordingRule } from '../schemas/risky-wording-rule';
import { parseRows } from './parse-rows';

/**
 * An installed pack read back as the pack file that would install it again (the pack text of
 * each phrase, not the agent's edits): what previews diff against and exports write. Undefined
 * when no pack with that id is installed and it has no phrases.
 */
export async function readInstalledPack(db: LibraryDb, packId: string): Promise<{ pack: Pack; record: StoredPack | undefined } | undefined> {
  const rows = await db.transaction('r', [db.packs, db.phrases, db.categories, db.rules, db.products], async () => ({
    record: await db.packs.get(packId),
    phrases: await db.phrases.where('packId').equals(packId).toArray(),
    // All of them (a small table): a pack without a record declares none but may use some.
    categories: await db.categories.toArray(),
    rules: await db.rules.where('packId').equals(packId).toArray(),
    products: await db.products.where('packId').equals(packId).toArray(),
  }));
  const parsedRecord = storedPackSchema.safeParse(rows.record);
  const record = parsedRecord.success ? parsedRecord.data : undefined;
  const phrases = parseRows('phrases', rows.phrases, storedPhraseSchema)
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id))
    .map(({ uid: _uid, packId: _packId, position: _position, ...phrase }): PackPhrase => phrase);
  if (record === undefined && phrases.length === 0) return undefined;
  const allCategories = parseRows('categories', rows.categories, storedCategorySchema);
  const declared = allCategories
    .filter((row) => row.declaredBy.includes(packId))
    .map(toPackCategory)
    .sort((a, b) => a.id.localeCompare(b.id));
  const rules = parseRows('rules', rows.rules, storedWordingRuleSchema).sort((a, b) => a.uid.localeCompare(b.uid));
  const pack: Pack = {
    format: NEWEST_PACK_FORMAT,
    id: packId,
    name: record?.name ?? packId,
    version: record?.version ?? '1',
    author: record?.author ?? packId,
    ...(record?.description === undefined ? {} : { description: record.description }),
    language: record?.language ?? 'zh-CN',
    categories: withCustomCategoriesUsed(declared, phrases, allCategories.map(toPackCategory)),
    topics: record?.topics ?? [],
    phrases,
    rules: rules.map(toWordingRule),
    sites: record?.sites ?? [],
    siteOverrides: record?.siteOverrides ?? [],
    locked: record?.locked ?? { phrases: [], rules: [] },
    products: parseRows('products', rows.products, storedProductSchema)
      .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name))
      .map(({ uid: _uid, packId: _packId, position: _position, ...product }): Product => product),
  };
  return { pack, record };
}

/** The rule as a pack file writes it: where it came from and its review status stay in the library. */
export function toWordingRule(stored: StoredWordingRule): WordingRule {
  const { uid: _uid, packId: _packId, status: _status, locked: _locked, createdAt: _createdAt, note: _note, ...rule } = stored;
  return rule;
}

function toPackCategory(row: Category): Category {
  return { id: row.id, labels: row.labels };
}

/**
 * Packs without a record (agents' personal phrases) declare no categories; a file written from
 * them still needs every custom category its phrases use, or it would not import again.
 */
function withCustomCategoriesUsed(declared: readonly Category[], phrases: readonly PackPhrase[], library: readonly Category[]): Category[] {
  const known = new Set(declared.map((category) => category.id));
  const byId = new Map(library.map((category) => [category.id, category]));
  const missing = [...new Set(phrases.map((phrase) => phrase.category))].filter((id) => !known.has(id) && !isBuiltInCategoryId(id));
  return [...declared, ...missing.map((id): Category => byId.get(id) ?? { id, labels: { 'zh-CN': id } })];
}
