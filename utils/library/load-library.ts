import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, type LibraryVersion } from '../db/meta';
import { storedCategorySchema, storedPhraseSchema } from '../db/records';
import { BUILT_IN_CATEGORIES, BUILT_IN_CATEGORY_IDS, type Category } from '../schemas/category';
import type { LibraryPhrase } from '../schemas/phrase';
import { parseRows } from './parse-rows';

/** Everything the engine needs to build its index. */
export interface Library {
  phrases: LibraryPhrase[];
  categories: Category[];
}

/** The library together with the version stamp it was read at, read in one transaction. */
export interface LibrarySnapshot {
  version: LibraryVersion;
  library: Library;
}

export async function loadLibrary(db: LibraryDb): Promise<Library> {
  return (await loadLibrarySnapshot(db)).library;
}

export async function loadLibrarySnapshot(db: LibraryDb): Promise<LibrarySnapshot> {
  const { version, phraseRows, categoryRows } = await db.transaction(
    'r',
    [db.phrases, db.categories, db.meta],
    async () => ({
      version: await readLibraryVersion(db),
      phraseRows: await db.phrases.toArray(),
      categoryRows: await db.categories.toArray(),
    }),
  );
  // Parsing happens after the transaction: it is CPU work, and Dexie wants nothing but Dexie inside.
  return {
    version,
    library: {
      phrases: parseRows('phrases', phraseRows, storedPhraseSchema),
      categories: withBuiltInCategories(parseRows('categories', categoryRows, storedCategorySchema).map(toCategory)),
    },
  };
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
