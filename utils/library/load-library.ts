import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, type LibraryVersion } from '../db/meta';
import {
  phraseOverrideSchema,
  storedCategorySchema,
  storedPackSchema,
  storedPhraseSchema,
  storedProductSchema,
  storedWordingRuleSchema,
  type PhraseOverride,
  type StoredPack,
  type StoredPhrase,
  type StoredProduct,
} from '../db/records';
import { BUILT_IN_CATEGORIES, BUILT_IN_CATEGORY_IDS, type Category } from '../schemas/category';
import { phraseUid, type LibraryPhrase } from '../schemas/phrase';
import type { LibraryProduct } from '../schemas/product';
import { checkWording, type CompiledWordingRules } from '../risky-wording/check-wording';
import { parseRows } from './parse-rows';
import { compileUsableRules, seedDefaultWordingRules, selectActiveRules } from './risky-wording-rules-store';

/** Everything the engine needs to build its index. */
export interface Library {
  phrases: LibraryPhrase[];
  categories: Category[];
  /** The installed packs' products (format 3), in pack order: what a chat's product is recognised as. */
  products: LibraryProduct[];
}

/** A phrase the library holds but does not suggest, because the active rules block its wording. */
export interface BlockedPhrase {
  uid: string;
  ruleIds: string[];
}

/** The library together with the version stamp it was read at, read in one transaction. */
export interface LibrarySnapshot {
  version: LibraryVersion;
  library: Library;
  /** Left out of `library.phrases`: the library checks itself against its own wording rules. */
  blocked: BlockedPhrase[];
}

export async function loadLibrary(db: LibraryDb): Promise<Library> {
  return (await loadLibrarySnapshot(db)).library;
}

/**
 * What the engine indexes: every phrase, with the agent's personal edits applied (not to
 * phrases their pack locks), minus phrases whose wording the active rules block — a pack can
 * never make the assistant suggest something the send guard would stop.
 */
export async function loadLibrarySnapshot(db: LibraryDb): Promise<LibrarySnapshot> {
  await seedDefaultWordingRules(db);
  const rows = await db.transaction(
    'r',
    [db.phrases, db.categories, db.meta, db.rules, db.phraseOverrides, db.packs, db.products],
    async () => ({
      version: await readLibraryVersion(db),
      phrases: await db.phrases.toArray(),
      categories: await db.categories.toArray(),
      rules: await db.rules.toArray(),
      overrides: await db.phraseOverrides.toArray(),
      packs: await db.packs.toArray(),
      products: await db.products.toArray(),
    }),
  );
  // Parsing happens after the transaction: it is CPU work, and Dexie wants nothing but Dexie inside.
  const phrases = applyOverrides(
    parseRows('phrases', rows.phrases, storedPhraseSchema),
    parseRows('phraseOverrides', rows.overrides, phraseOverrideSchema),
    parseRows('packs', rows.packs, storedPackSchema),
  );
  const rules = compileUsableRules(selectActiveRules(parseRows('rules', rows.rules, storedWordingRuleSchema)));
  const { allowed, blocked } = separateBlocked(phrases, rules);
  return {
    version: rows.version,
    library: {
      phrases: allowed,
      categories: withBuiltInCategories(parseRows('categories', rows.categories, storedCategorySchema).map(toCategory)),
      products: parseRows('products', rows.products, storedProductSchema)
        .sort(byPackPosition)
        .map(({ position: _position, ...product }): LibraryProduct => product),
    },
    blocked,
  };
}

function byPackPosition(a: StoredProduct, b: StoredProduct): number {
  return a.packId.localeCompare(b.packId) || (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name);
}

/** Uids of phrases their pack locks: agents' edits of them are never applied. */
export function lockedPhraseUids(packs: readonly StoredPack[]): Set<string> {
  return new Set(packs.flatMap((pack) => pack.locked.phrases.map((id) => phraseUid(pack.id, id))));
}

/** Pack phrases as the agent sees them: their personal wording where they made one (and may). */
export function applyOverrides(
  phrases: readonly StoredPhrase[],
  overrides: readonly PhraseOverride[],
  packs: readonly StoredPack[],
): LibraryPhrase[] {
  const locked = lockedPhraseUids(packs);
  const textByUid = new Map(overrides.filter((override) => !locked.has(override.uid)).map((override) => [override.uid, override.text]));
  return phrases.map(({ position: _position, ...phrase }) => {
    const text = textByUid.get(phrase.uid);
    return text === undefined ? phrase : { ...phrase, text };
  });
}

export function separateBlocked(
  phrases: readonly LibraryPhrase[],
  rules: CompiledWordingRules,
): { allowed: LibraryPhrase[]; blocked: BlockedPhrase[] } {
  const allowed: LibraryPhrase[] = [];
  const blocked: BlockedPhrase[] = [];
  for (const phrase of phrases) {
    const ruleIds = blockingRuleIds(rules, phrase.text);
    if (ruleIds.length === 0) allowed.push(phrase);
    else blocked.push({ uid: phrase.uid, ruleIds });
  }
  return { allowed, blocked };
}

export function blockingRuleIds(rules: CompiledWordingRules, text: string): string[] {
  return [...new Set(checkWording(rules, text).filter((finding) => finding.severity === 'block').map((finding) => finding.ruleId))];
}

export function toCategory(row: Category): Category {
  return { id: row.id, labels: row.labels };
}

/**
 * Built-in categories first, in the order of the agent's flow (问候 → … → 告别), then the packs'
 * own categories by id. A built-in row that storage lost is put back from BUILT_IN_CATEGORIES.
 */
export function withBuiltInCategories(stored: readonly Category[]): Category[] {
  const byId = new Map(stored.map((category) => [category.id, category]));
  const builtIns = BUILT_IN_CATEGORIES.map((builtIn) => byId.get(builtIn.id) ?? builtIn);
  const builtInIds = new Set<string>(BUILT_IN_CATEGORY_IDS);
  const custom = stored.filter((category) => !builtInIds.has(category.id)).sort((a, b) => a.id.localeCompare(b.id));
  return [...builtIns, ...custom];
}
