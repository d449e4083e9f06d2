import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, type LibraryVersion } from '../db/meta';
import { loadLibrarySnapshot } from '../library/load-library';
import { pinyinKeysOf } from './phrase-pinyin';
import type { PickerEntry } from './rank-picker-matches';

export function buildPickerEntries(phrases: readonly PickerEntry['phrase'][]): PickerEntry[] {
  return phrases.map((phrase) => ({ phrase, keys: pinyinKeysOf(phrase.text) }));
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
      const entries = loadLibrarySnapshot(db).then((snapshot) => buildPickerEntries(snapshot.library.phrases));
      cached = { version, entries };
      entries.catch(() => {
        if (cached?.entries === entries) cached = undefined;
      });
      return entries;
    },
  };
}
