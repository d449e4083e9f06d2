import { LIBRARY_INDEX_FORMAT, type LibraryIndex } from '../engine/library-index';
import { restoreLibraryIndex, StoredIndexError } from '../engine/stored-library-index';
import { IndexStoreDb } from './index-store-db';
import { storedIndexRecordSchema } from './stored-index-record';

/** A stored index and the library version it was built from. */
export interface StoredIndex {
  libraryVersion: string;
  index: LibraryIndex;
}

/** The built index of one library database, kept across service-worker restarts. */
export interface PersistedIndexStore {
  /** The stored index if it was built from exactly this library version by this index format. */
  load(libraryVersion: string): Promise<LibraryIndex | undefined>;
  /**
   * The stored index whatever library version it was built from (this index format only), with
   * that version: for answering while the current version's index is rebuilt.
   */
  loadLatest(): Promise<StoredIndex | undefined>;
  /** Replaces what is stored with `index`, labelled with the version it was built from. */
  save(libraryVersion: string, index: LibraryIndex, now?: number): Promise<void>;
}

/**
 * A store over the index cache database. A stale row (another library version, another index
 * format) is left alone and simply not used: the next save replaces it. A row that fails the
 * engine's checks is deleted so it is not read again.
 */
export function createPersistedIndexStore(libraryDbName: string, db: IndexStoreDb = sharedIndexStoreDb()): PersistedIndexStore {
  async function read(accepts: (libraryVersion: string) => boolean): Promise<StoredIndex | undefined> {
    const parsed = storedIndexRecordSchema.safeParse(await db.indexes.get(libraryDbName));
    if (!parsed.success) return undefined;
    const record = parsed.data;
    if (!accepts(record.libraryVersion) || record.format !== LIBRARY_INDEX_FORMAT) return undefined;
    try {
      return { libraryVersion: record.libraryVersion, index: restoreLibraryIndex(record.index) };
    } catch (error) {
      if (!(error instanceof StoredIndexError)) throw error;
      console.warn(`[话术助手] ${error.message}`);
      await db.indexes.delete(libraryDbName);
      return undefined;
    }
  }

  return {
    load: async (libraryVersion) => (await read((stored) => stored === libraryVersion))?.index,
    loadLatest: () => read(() => true),
    async save(libraryVersion, index, now = Date.now()) {
      await db.indexes.put({ libraryDb: libraryDbName, libraryVersion, format: LIBRARY_INDEX_FORMAT, savedAt: now, index });
    },
  };
}

/**
 * Deletes every stored index. After an update the extension's code may build indexes
 * differently (normalisation, scoring) while the library version is unchanged; the next wake
 * then rebuilds from the library instead of trusting a row the old code wrote.
 */
export async function clearPersistedIndexes(db: IndexStoreDb = sharedIndexStoreDb()): Promise<void> {
  await db.indexes.clear();
}

let shared: IndexStoreDb | undefined;

/** One connection per context, opened on first use. */
function sharedIndexStoreDb(): IndexStoreDb {
  shared ??= new IndexStoreDb();
  return shared;
}
