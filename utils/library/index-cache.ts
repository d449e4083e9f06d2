import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, type LibraryVersion } from '../db/meta';
import { buildLibraryIndex, type LibraryIndex } from '../engine/library-index';
import { loadLibrarySnapshot, type Library } from './load-library';

export interface LibraryIndexCache {
  /** The engine index for the library as it is now; rebuilt only when the library changed. */
  current(): Promise<LibraryIndex>;
}

/**
 * Keeps the engine index in memory between requests. Every call reads the library's version
 * stamp (one small read) and rebuilds when it differs from the one the index was built from —
 * so a write from any context (this worker, the options page) is noticed on the next request.
 * Nothing lives only here: after a worker restart the first request rebuilds from the database.
 */
export function createLibraryIndexCache(
  db: LibraryDb,
  build: (library: Library) => LibraryIndex = buildLibraryIndex,
): LibraryIndexCache {
  let built: { version: LibraryVersion; index: LibraryIndex } | undefined;
  // Requests arriving while a rebuild for the same version runs share it.
  let rebuilding: { version: LibraryVersion; index: Promise<LibraryIndex> } | undefined;
  // Counts rebuilds started, so a slow rebuild of an older version never replaces a newer one.
  let generation = 0;

  async function rebuild(startedAs: number): Promise<LibraryIndex> {
    const snapshot = await loadLibrarySnapshot(db);
    const index = build(snapshot.library);
    // Labelled with the stamp read together with the data, not the one that triggered the rebuild.
    if (startedAs === generation) built = { version: snapshot.version, index };
    return index;
  }

  return {
    async current() {
      const version = await readLibraryVersion(db);
      if (built !== undefined && built.version === version) return built.index;
      if (rebuilding !== undefined && rebuilding.version === version) return rebuilding.index;
      generation += 1;
      const index = rebuild(generation);
      rebuilding = { version, index };
      try {
        return await index;
      } finally {
        if (rebuilding?.index === index) rebuilding = undefined;
      }
    },
  };
}
