import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { BUILT_IN_CATEGORIES } from '../schemas/category';
import type { MetaRecord, StoredCategory, StoredPack, StoredPhrase, UsageRecord } from './records';
import { LIBRARY_SCHEMA_V1 } from './schema-v1';

export const LIBRARY_DB_NAME = 'huashu-library';

/**
 * The phrase library in the extension's own IndexedDB.
 *
 * Versions (each a frozen schema file plus a named upgrade, each bump with a migration test):
 * - 1 (2026-11-23, schema-v1.ts): first schema. Nothing to upgrade from; a new database gets
 *   the built-in categories from `populateBuiltInCategories`.
 * A version 2 goes here as `this.version(2).stores(LIBRARY_SCHEMA_V2).upgrade(upgradeToV2)`.
 */
export class LibraryDb extends Dexie {
  phrases!: EntityTable<StoredPhrase, 'uid'>;
  categories!: EntityTable<StoredCategory, 'id'>;
  packs!: EntityTable<StoredPack, 'id'>;
  usage!: Table<UsageRecord, [string, string]>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = LIBRARY_DB_NAME) {
    super(name);
    this.version(1).stores(LIBRARY_SCHEMA_V1);
    this.on('populate', populateBuiltInCategories);
  }
}

/** Runs once, inside the transaction that creates the database. */
export function populateBuiltInCategories(tx: Transaction): Promise<unknown> {
  const rows: StoredCategory[] = BUILT_IN_CATEGORIES.map((category) => ({
    ...category,
    builtIn: true,
    declaredBy: [],
  }));
  return tx.table<StoredCategory, string>('categories').bulkPut(rows);
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
