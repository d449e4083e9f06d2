import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { BUILT_IN_CATEGORIES } from '../schemas/category';
import { putDefaultWordingRules } from './default-risky-wording-rules';
import type {
  Favourite,
  MetaRecord,
  PhraseOverride,
  RuleStats,
  StoredCategory,
  StoredPack,
  StoredPhrase,
  StoredProduct,
  StoredWordingRule,
  TeamDraft,
  UsageRecord,
} from './records';
import { LIBRARY_SCHEMA_V1 } from './schema-v1';
import { LIBRARY_SCHEMA_V2 } from './schema-v2';
import { LIBRARY_SCHEMA_V3 } from './schema-v3';
import { LIBRARY_SCHEMA_V4 } from './schema-v4';

export const LIBRARY_DB_NAME = 'huashu-library';

/**
 * The phrase library in the extension's own IndexedDB.
 *
 * Versions (each a frozen schema file plus a named upgrade, each bump with a migration test):
 * - 1 (2026-11-23, schema-v1.ts): first schema. Nothing to upgrade from; a new database gets
 *   the built-in categories (and, since v2, the shipped wording rules) from `populateNewLibrary`.
 * - 2 (2026-11-23, schema-v2.ts): wording rules, personal overrides of pack phrases, favourites,
 *   send-anyway counts. `upgradeToV2` keeps every v1 row as it is and installs the shipped
 *   wording rules, so an updated extension checks drafts from its first start.
 * - 3 (2026-12-06, schema-v3.ts): team leads' drafts of team packs (`teamDrafts`). `upgradeToV3`
 *   keeps every v2 row as it is; the new table starts empty (nobody had a draft before).
 * - 4 (2026-12-06, schema-v4.ts): the products packs carry (pack format 3, `products`).
 *   `upgradeToV4` keeps every v3 row as it is; the new table starts empty (no pack had products).
 * A version 5 goes here as `this.version(5).stores(LIBRARY_SCHEMA_V5).upgrade(upgradeToV5)`.
 */
export class LibraryDb extends Dexie {
  phrases!: EntityTable<StoredPhrase, 'uid'>;
  categories!: EntityTable<StoredCategory, 'id'>;
  packs!: EntityTable<StoredPack, 'id'>;
  usage!: Table<UsageRecord, [string, string]>;
  meta!: EntityTable<MetaRecord, 'key'>;
  rules!: EntityTable<StoredWordingRule, 'uid'>;
  phraseOverrides!: EntityTable<PhraseOverride, 'uid'>;
  favourites!: EntityTable<Favourite, 'uid'>;
  ruleStats!: EntityTable<RuleStats, 'ruleUid'>;
  teamDrafts!: EntityTable<TeamDraft, 'packId'>;
  products!: EntityTable<StoredProduct, 'uid'>;

  constructor(name: string = LIBRARY_DB_NAME) {
    super(name);
    this.version(1).stores(LIBRARY_SCHEMA_V1);
    this.version(2).stores(LIBRARY_SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(LIBRARY_SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(LIBRARY_SCHEMA_V4).upgrade(upgradeToV4);
    this.on('populate', populateNewLibrary);
  }
}

/** Runs once, inside the transaction that creates the database (upgrades do not run then). */
export async function populateNewLibrary(tx: Transaction): Promise<void> {
  const rows: StoredCategory[] = BUILT_IN_CATEGORIES.map((category) => ({
    ...category,
    builtIn: true,
    declaredBy: [],
  }));
  await tx.table<StoredCategory, string>('categories').bulkPut(rows);
  await putDefaultWordingRulesIn(tx);
}

/** Version 1 → 2: the new tables start empty except for the shipped wording rules; v1 rows stay untouched. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await putDefaultWordingRulesIn(tx);
}

/**
 * Version 2 → 3: only a new, empty table of drafts. Named (and run) anyway, so each version has
 * its upgrade and a later one has a place to follow.
 */
export async function upgradeToV3(_tx: Transaction): Promise<void> {
  // Nothing to carry over: drafts did not exist before version 3.
}

/** Version 3 → 4: only a new, empty table of products (packs before format 3 had none). */
export async function upgradeToV4(_tx: Transaction): Promise<void> {
  // Nothing to carry over: products did not exist before version 4.
}

function putDefaultWordingRulesIn(tx: Transaction): Promise<void> {
  const rules: LibraryDb['rules'] = tx.table('rules');
  const meta: LibraryDb['meta'] = tx.table('meta');
  return putDefaultWordingRules(rules, meta, Date.now());
}

const WEB_PAGE_PROTOCOLS = new Set(['http:', 'https:', 'file:', 'about:', 'data:', 'blob:']);

/**
 * Opens (lazily, on first use) the library database. Only extension contexts may call this —
 * service worker, popup, options, demo page: IndexedDB is per origin, so a content script would
 * silently get an empty library inside the seller site's own storage.
 */
export function openLibraryDb(name: string = LIBRARY_DB_NAME): LibraryDb {
  const protocol = globalThis.location?.protocol;
  if (protocol !== undefined && WEB_PAGE_PROTOCOLS.has(protocol)) {
    throw new Error(
      `话术库只能在扩展页面或后台打开，不能在网页（${protocol}）里打开；请通过 callBackground 访问 / ` +
        `the library database opens only in extension contexts (e.g. chrome-extension://), not on a ${protocol} page; use callBackground`,
    );
  }
  return new LibraryDb(name);
}
