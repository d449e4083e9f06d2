import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, type LibraryVersion } from '../db/meta';
import type { LibraryIndex } from '../engine/library-index';
import { createPersistedIndexStore, type PersistedIndexStore, type StoredIndex } from '../index-store/persisted-index-store';
import { loadLibrarySnapshot, type Library } from './load-library';
import { buildIndexWithShippedCorpus } from './shipped-index-build';

export interface LibraryIndexCache {
  /** The engine index for the library as it is now; rebuilt only when the library changed. */
  current(): Promise<LibraryIndex>;
  /**
   * For live suggestions: while the index of a large library is rebuilt and its topic model
   * retrained (after an import, an upgrade, a subscription update — a second or more for 10k
   * phrases), the index in memory keeps answering instead of keeping the agent waiting; the first
   * answer after the rebuild comes from the new one. Small libraries rebuild in a blink and are
   * never answered from the past.
   */
  currentOrPrevious(): Promise<LibraryIndex>;
  /** Resolves once the last index built has been stored (tests; the worker never waits for it). */
  persisted(): Promise<void>;
}

/**
 * Keeps the engine index in memory between requests, and in the index store between worker
 * restarts. Every call reads the library's version stamp (one small read):
 * - the same stamp as the index in memory: that index;
 * - otherwise the stored index, when it was built from exactly this stamp — what a stopped
 *   worker does on wake, in a fraction of the time a 100k-phrase build takes;
 * - otherwise a rebuild from the database, stored afterwards for the next wake.
 * So a write from any context (this worker, the options page) is noticed on the next request,
 * and a stale stored index is never used. Storing is best effort: when it fails, the next
 * wake rebuilds.
 */
/** From this many phrases a rebuild takes long enough for the previous index to answer meanwhile. */
export const LARGE_LIBRARY_PHRASES = 5_000;

export function createLibraryIndexCache(
  db: LibraryDb,
  build: (library: Library) => LibraryIndex | Promise<LibraryIndex> = buildIndexWithShippedCorpus,
  store: PersistedIndexStore = createPersistedIndexStore(db.name),
  largeLibrary: number = LARGE_LIBRARY_PHRASES,
): LibraryIndexCache {
  let inMemory: { version: LibraryVersion; index: LibraryIndex } | undefined;
  // Requests arriving while a load or rebuild for the same version runs share it.
  let pending: { version: LibraryVersion; index: Promise<LibraryIndex> } | undefined;
  // Counts loads started, so a slow one for an older version never replaces a newer one.
  let generation = 0;
  let storing: Promise<void> = Promise.resolve();

  async function stored(version: LibraryVersion): Promise<LibraryIndex | undefined> {
    if (version === null) return undefined;
    try {
      return await store.load(version);
    } catch (error) {
      console.warn('[话术助手] could not read the stored phrase index; rebuilding it', error);
      return undefined;
    }
  }

  async function load(version: LibraryVersion, startedAs: number): Promise<LibraryIndex> {
    const restored = await stored(version);
    if (restored !== undefined) {
      if (startedAs === generation) inMemory = { version, index: restored };
      return restored;
    }
    const snapshot = await loadLibrarySnapshot(db);
    const index = await build(snapshot.library);
    // Labelled with the stamp read together with the data, not the one that triggered the rebuild.
    if (startedAs === generation) {
      inMemory = { version: snapshot.version, index };
      if (snapshot.version !== null) storing = persist(snapshot.version, index);
    }
    return index;
  }

  async function persist(version: string, index: LibraryIndex): Promise<void> {
    await storing;
    try {
      await store.save(version, index);
    } catch (error) {
      console.warn('[话术助手] could not store the phrase index; the next worker start rebuilds it', error);
    }
  }

  async function current(): Promise<LibraryIndex> {
    const version = await readLibraryVersion(db);
    if (inMemory !== undefined && inMemory.version === version) return inMemory.index;
    if (pending !== undefined && pending.version === version) return pending.index;
    generation += 1;
    const index = load(version, generation);
    pending = { version, index };
    try {
      return await index;
    } finally {
      if (pending?.index === index) pending = undefined;
    }
  }

  // The version whose large rebuild an earlier index is standing in for, and that index.
  let standingInFor: { version: LibraryVersion; index: LibraryIndex } | undefined;

  async function latestStored(): Promise<StoredIndex | undefined> {
    try {
      return await store.loadLatest();
    } catch {
      return undefined;
    }
  }

  return {
    current,
    async currentOrPrevious() {
      // A worker just woken holds no index: its phrase count is read beside the version stamp,
      // not after it (each read is a round trip before the first answer).
      const [version, phraseCount] = await Promise.all([readLibraryVersion(db), inMemory === undefined ? db.phrases.count() : undefined]);
      if (inMemory !== undefined && inMemory.version === version) return inMemory.index;
      if (standingInFor?.version === version && pending?.version === version) return standingInFor.index;
      if ((phraseCount ?? (await db.phrases.count())) < largeLibrary) return current();
      // The index in memory, or — the worker having slept since — the one it stored last.
      let previous = inMemory?.index;
      if (previous === undefined) {
        const latest = await latestStored();
        if (latest === undefined) return current();
        // Stored from this very version: it is the current index, not a stand-in, and is kept
        // (reading it again for the version would cost a second read of the whole index).
        if (latest.libraryVersion === version) {
          inMemory ??= { version, index: latest.index };
          return latest.index;
        }
        previous = latest.index;
      }
      standingInFor = { version, index: previous };
      // Started here and shared with every request until it is done.
      current().catch((error: unknown) => console.warn('[话术助手] rebuilding the phrase index failed; the previous one keeps answering', error));
      return previous;
    },
    persisted: () => storing,
  };
}
