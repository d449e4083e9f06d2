import { openLibraryDb, type LibraryDb } from '../../utils/db/library-db';
import { callBackground } from '../../utils/messaging/background-client';

/**
 * How the options page reaches the library. Pack work (import, export, backup, remove) and
 * reads go through the background worker's messages. An agent's own edits (personal phrases,
 * personal wordings) have no message yet, so this extension page opens the same IndexedDB and
 * writes ONLY through utils/library functions: they bump the library version stamp, which the
 * worker checks before answering, so it never serves a stale index. Tests hand in fakes.
 */
export interface OptionsServices {
  call: typeof callBackground;
  library: () => LibraryDb;
}

let db: LibraryDb | undefined;

export const backgroundOptionsServices: OptionsServices = {
  call: callBackground,
  library: () => (db ??= openLibraryDb()),
};
