import { Dexie, type EntityTable } from 'dexie';
import type { StoredIndexRecord } from './stored-index-record';
import { INDEX_STORE_SCHEMA_V1 } from './schema-v1';

export const INDEX_STORE_DB_NAME = 'huashu-index-cache';

/**
 * Where the worker keeps the built phrase index between wakes, apart from the library on
 * purpose: it is derived data (deleting it loses nothing but one rebuild), it changes on its own
 * schedule (the library's migrations never have to know about it), and its one big row is never
 * read in a library transaction. IndexedDB rather than chrome.storage.local: it stores typed
 * arrays as they are (structured clone), where storage.local would need them as JSON text.
 *
 * Versions:
 * - 1 (2026-11-23, schema-v1.ts): first schema.
 */
export class IndexStoreDb extends Dexie {
  indexes!: EntityTable<StoredIndexRecord, 'libraryDb'>;

  constructor(name: string = INDEX_STORE_DB_NAME) {
    super(name);
    this.version(1).stores(INDEX_STORE_SCHEMA_V1);
  }
}
