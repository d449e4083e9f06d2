import { normalizeText } from '../engine/normalize';
import type { LibraryPhrase } from '../schemas/phrase';
import { isUnderNode, type TreeNodeKey } from './library-tree';

export const LOCK_FILTERS = ['all', 'locked', 'unlocked'] as const;
export type LockFilter = (typeof LOCK_FILTERS)[number];

/** What the lead narrowed the table to: a tree node, a pack, locked or not, never used, a search. */
export interface PhraseFilter {
  node: TreeNodeKey | null;
  /** '' for every pack. */
  packId: string;
  locked: LockFilter;
  neverUsed: boolean;
  query: string;
}

export const NO_FILTER: PhraseFilter = { node: null, packId: '', locked: 'all', neverUsed: false, query: '' };

export interface FilterFacts {
  lockedUids: ReadonlySet<string>;
  /** Phrases an agent on this browser inserted at least once. */
  usedUids: ReadonlySet<string>;
  /**
   * What the background's search found for the query (shortcut codes, pinyin initials, fuzzy
   * matches of text and buyer wordings): the same search as the popup's. Undefined while it runs.
   */
  searchHits?: ReadonlySet<string> | undefined;
}

/**
 * Whether a phrase's own fields hold the query: its text, a buyer wording (both normalised as
 * the engine does, so "包油" finds 包邮), its id, or a shortcut code starting with it. This covers
 * what the background's index cannot know yet: a draft's new wording.
 */
export function matchesQuery(phrase: LibraryPhrase, query: string): boolean {
  const trimmed = query.trim();
  if (trimmed === '') return true;
  const lower = trimmed.toLowerCase();
  if (phrase.shortcut?.startsWith(lower) || phrase.id.toLowerCase().includes(lower)) return true;
  const normalized = normalizeText(trimmed);
  if (normalized === '') return phrase.text.includes(trimmed);
  return normalizedFields(phrase).some((field) => field.includes(normalized));
}

/** Each phrase object is normalised once, not on every keystroke over 10,000 rows; a new object (an edit) is normalised anew. */
const NORMALIZED = new WeakMap<LibraryPhrase, string[]>();

function normalizedFields(phrase: LibraryPhrase): string[] {
  let fields = NORMALIZED.get(phrase);
  if (!fields) {
    fields = [phrase.text, ...phrase.triggers].map(normalizeText);
    NORMALIZED.set(phrase, fields);
  }
  return fields;
}

/** The table's rows: every phrase that passes each filter, in the order given. */
export function filterPhrases(phrases: readonly LibraryPhrase[], filter: PhraseFilter, facts: FilterFacts): LibraryPhrase[] {
  return phrases.filter(
    (phrase) =>
      isUnderNode(phrase, filter.node) &&
      (filter.packId === '' || phrase.packId === filter.packId) &&
      (filter.locked === 'all' || facts.lockedUids.has(phrase.uid) === (filter.locked === 'locked')) &&
      (!filter.neverUsed || !facts.usedUids.has(phrase.uid)) &&
      (filter.query.trim() === '' || matchesQuery(phrase, filter.query) || facts.searchHits?.has(phrase.uid) === true),
  );
}
