import AhoCorasick from 'modern-ahocorasick';

export interface LiteralHit<T> {
  readonly start: number;
  readonly end: number;
  readonly data: T;
}

export interface LiteralMatcher<T> {
  /** Every occurrence of every literal, overlaps included, in one pass over the text. */
  findAll(text: string): LiteralHit<T>[];
}

/**
 * All literals of a rule set in one Aho–Corasick automaton (modern-ahocorasick), so scanning a
 * draft costs one pass however many terms, anchors and exceptions the rules list. The same
 * literal may appear in several entries, each with its own data.
 */
export function createLiteralMatcher<T>(entries: readonly { readonly literal: string; readonly data: T }[]): LiteralMatcher<T> {
  const usable = entries.filter((entry) => entry.literal.length > 0);
  if (usable.length === 0) return { findAll: () => [] };
  const automaton = new AhoCorasick<T>(usable.map((entry) => ({ pattern: entry.literal, data: entry.data })));
  return {
    findAll(text) {
      if (text.length === 0) return [];
      return automaton.search(text).map((hit) => ({ start: hit.start, end: hit.end, data: hit.data as T }));
    },
  };
}
