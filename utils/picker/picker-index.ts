import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, type LibraryVersion } from '../db/meta';
import { loadLibrarySnapshot } from '../library/load-library';
import { loadPinyinKeys, type PinyinKeys } from './phrase-pinyin';
import type { PickerEntry } from './rank-picker-matches';

export function buildPickerEntries(phrases: readonly PickerEntry['phrase'][], keysOf: (text: string) => PinyinKeys): PickerEntry[] {
  return phrases.map((phrase) => ({ phrase, keys: keysOf(phrase.text) }));
}

/**
 * The picker's entries, pinyin computed once per library version (the background keeps them
 * between requests; a library change from any context shows in the version stamp).
 */
export function createPickerIndex(db: LibraryDb, ensureSeeded: () => Promise<void>): { current(): Promise<PickerEntry[]> } {
  let cached: { version: LibraryVersion; entries: Promise<PickerEntry[]> } | undefined;
  return {
    async current() {
      await ensureSeeded();
      const version = await readLibraryVersion(db);
      if (cached && version !== null && cached.version === version) return cached.entries;
      const entries = Promise.all([loadLibrarySnapshot(db), loadPinyinKeys()]).then(([snapshot, keysOf]) => buildPickerEntries(snapshot.library.phrases, keysOf));
      cached = { version, entries };
      entries.catch(() => {
        if (cached?.entries === entries) cached = undefined;
      });
      return entries;
    },
  };
}
