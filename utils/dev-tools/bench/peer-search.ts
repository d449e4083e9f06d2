import MiniSearch from 'minisearch';
import { codePointsOf } from '../../engine/gram-codes';
import { normalizeText } from '../../engine/normalize';
import type { LibraryPhrase } from '../../schemas/phrase';

/**
 * The peer the engine is compared with in `npm run bench`: MiniSearch, a well-known full-text
 * library, over the same phrases (text and buyer wordings), with the tokenizer CJK text needs —
 * character bigrams of the normalised text (a one-character text is its character) — and the
 * triggers boosted, since they are what buyers write. Its answer's category is its top hit's.
 */
export interface PeerSearch {
  /** The categories of the best hits for a buyer message, best first (empty when nothing matched). */
  categoriesFor(message: string): string[];
}

export function bigramTokens(text: string): string[] {
  const points = codePointsOf(normalizeText(text)).map((point) => String.fromCodePoint(point));
  if (points.length === 1) return points;
  const tokens: string[] = [];
  for (let at = 0; at + 1 < points.length; at += 1) tokens.push(`${points[at]}${points[at + 1]}`);
  return tokens;
}

export function buildPeerSearch(phrases: readonly LibraryPhrase[]): PeerSearch {
  const search = new MiniSearch<{ id: number; text: string; triggers: string; category: string }>({
    fields: ['text', 'triggers'],
    storeFields: ['category'],
    tokenize: bigramTokens,
    // The tokens are already normalised bigrams.
    processTerm: (term) => term,
    searchOptions: { boost: { triggers: 2 }, combineWith: 'OR' },
  });
  search.addAll(phrases.map((phrase, id) => ({ id, text: phrase.text, triggers: phrase.triggers.join(' '), category: phrase.category })));
  return {
    categoriesFor(message) {
      return search.search(message).map((hit) => String(hit['category']));
    },
  };
}
