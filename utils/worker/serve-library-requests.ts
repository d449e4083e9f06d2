import type { LibraryDb } from '../db/library-db';
import type { LibraryIndex } from '../engine/library-index';
import { searchPhrases } from '../engine/search-phrases';
import { suggest } from '../engine/suggest';
import { withProductFacts } from '../placeholders/product-placeholders';
import { handleBackgroundRequest } from '../messaging/background-handlers';
import { loadSettings } from '../settings/settings-store';
import { createLibraryIndexCache } from '../library/index-cache';
import { libraryCategories, libraryStatus } from '../library/library-status';
import type { Library } from '../library/load-library';
import { recordInsertion } from '../library/record-insertion';
import { listFavourites, setFavourite } from '../library/favourites';
import { loadAgentHistory } from '../usage/agent-history';
import { frequentPhrases } from '../usage/frequent-phrases';
import { recordInsertionOutcome } from '../usage/record-outcome';
import { createSuggestionRecorder } from '../usage/record-shown-suggestions';
import { logQuietly } from '../page/quiet-errors';
import { removePack } from '../library/remove-pack';
import { restoreDefaultPack } from '../library/seed-default-pack';
import { createSeedOnce } from '../library/seed-once';
import { serveImportRequests } from './serve-import-requests';

export interface LibraryRequestOptions {
  /** How many suggestions to give when a request names no limit; defaults to the agent's setting. */
  suggestionCount?: () => Promise<number>;
  /** Defaults to the engine's buildLibraryIndex; tests pass a spy to count rebuilds. */
  buildIndex?: (library: Library) => LibraryIndex;
}

export interface LibraryService {
  ensureSeeded(): Promise<void>;
  /** Removes every listener (tests; a real worker simply ends). */
  stop(): void;
}

/**
 * Answers every library request the background protocol defines. Registers all listeners
 * synchronously, before anything is awaited: an MV3 worker woken by a message must have its
 * listener in place when that message is dispatched.
 */
export function serveLibraryRequests(db: LibraryDb, options: LibraryRequestOptions = {}): LibraryService {
  const seeding = createSeedOnce(db);
  const indexCache = createLibraryIndexCache(db, options.buildIndex);
  const suggestionCount = options.suggestionCount ?? (async () => (await loadSettings()).suggestionCount);
  const suggestions = createSuggestionRecorder();

  async function readyIndex(): Promise<LibraryIndex> {
    await seeding.ensureSeeded();
    return indexCache.current();
  }

  const removeListeners = [
    handleBackgroundRequest('suggest', async ({ thread, limit }) => {
      // Live suggestions may come from the previous index while a large library's is rebuilt.
      await seeding.ensureSeeded();
      const [index, count, history] = await Promise.all([indexCache.currentOrPrevious(), limit ?? suggestionCount(), loadAgentHistory(db)]);
      // Product facts are written in here, before the result leaves the worker: the page only inserts text.
      const result = withProductFacts(suggest(index, thread, { limit: count, ...history }));
      // Counted for the lead's funnel (suggested → inserted) after answering: the agent never waits on it.
      suggestions.record(thread, result).catch((error: unknown) => logQuietly('suggestion counts: not stored', error));
      return result;
    }),
    handleBackgroundRequest('searchPhrases', async ({ query, limit }) => searchPhrases(await readyIndex(), query, limit)),
    handleBackgroundRequest('getLibraryStatus', async () => {
      await seeding.ensureSeeded();
      return libraryStatus(db);
    }),
    handleBackgroundRequest('getCategories', async () => {
      await seeding.ensureSeeded();
      return libraryCategories(db);
    }),
    handleBackgroundRequest('restoreDefaultPack', async () => {
      await seeding.ensureSeeded();
      await restoreDefaultPack(db);
      return libraryStatus(db);
    }),
    handleBackgroundRequest('removePack', async ({ packId }) => {
      // Seed first, so removing the default on a never-seeded library is not undone by a later seed.
      await seeding.ensureSeeded();
      await removePack(db, packId);
      return libraryStatus(db);
    }),
    handleBackgroundRequest('recordInsertion', async ({ phraseUid, intent }) => {
      await recordInsertion(db, phraseUid, intent);
      return { ok: true as const };
    }),
    handleBackgroundRequest('recordInsertionOutcome', async ({ phraseUid, intent, outcome }) => {
      await recordInsertionOutcome(db, phraseUid, intent, outcome);
      return { ok: true as const };
    }),
    handleBackgroundRequest('setFavourite', async ({ phraseUid, pinned }) => {
      await seeding.ensureSeeded();
      await setFavourite(db, phraseUid, pinned);
      return { ok: true as const };
    }),
    handleBackgroundRequest('listFavourites', async () => (await listFavourites(db)).map((favourite) => favourite.uid)),
    handleBackgroundRequest('frequentPhrases', async ({ intent, limit }) => {
      const [index, history] = await Promise.all([readyIndex(), loadAgentHistory(db)]);
      return frequentPhrases(index, history, intent, limit);
    }),
    ...serveImportRequests(db, seeding.ensureSeeded),
  ];

  return {
    ensureSeeded: seeding.ensureSeeded,
    stop: () => removeListeners.forEach((remove) => remove()),
  };
}
