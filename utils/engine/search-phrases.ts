import Fuse from 'fuse.js';
import type { LibraryPhrase } from '../schemas/phrase';
import { FUSE_OPTIONS } from './fuse-config';
import { bigramCodesOf, codePointsOf } from './gram-codes';
import { frequencyOfCode, postingsOfCode, type GramTable } from './gram-table';
import { phraseAtPosition, phrasesWithShortcut, phrasesWithShortcutPrefix, type LibraryIndex } from './library-index';
import { normalizeText } from './normalize';
import { phraseTriggers } from './phrase-columns';
import { columnItem, itemsContaining, type StringColumn } from './string-column';
import { triggerPhrases } from './trigger-columns';

export const DEFAULT_SEARCH_LIMIT = 20;

/** A fuzzy candidate shares at least this share of the query's bigrams; fuse.js judges the rest. */
const MIN_SHARED_BIGRAMS = 0.4;
const MAX_FUZZY_CANDIDATES = 300;

/**
 * The popup's search box. Results come in tiers, each in library order so the list does not
 * jump while the agent types:
 * 1. the phrase whose shortcut code is exactly the query ("fh");
 * 2. phrases whose shortcut starts with it;
 * 3. phrases whose text or a trigger contains it (after normalisation, so "包油" finds 包邮);
 * 4. phrases that resemble it (fuse.js over candidates sharing its bigrams).
 * An empty query lists the library from the top.
 */
export function searchPhrases(index: LibraryIndex, query: string, limit: number = DEFAULT_SEARCH_LIMIT): LibraryPhrase[] {
  const max = Math.max(1, Math.floor(limit));
  const trimmed = query.trim();
  if (trimmed === '') return Array.from({ length: Math.min(max, index.phrases.count) }, (_, position) => phraseAtPosition(index, position));

  const found: number[] = [];
  const seen = new Set<number>();
  const take = (positions: Iterable<number>): void => {
    for (const position of positions) {
      if (found.length >= max) return;
      if (seen.has(position)) continue;
      seen.add(position);
      found.push(position);
    }
  };

  const code = trimmed.toLowerCase();
  take(phrasesWithShortcut(index, code));
  if (/^[a-z0-9]+$/.test(code)) take(phrasesWithShortcutPrefix(index, code));

  const normalized = normalizeText(trimmed);
  if (normalized !== '' && found.length < max) take(substringMatches(index, normalized));
  if (normalized !== '' && found.length < max) take(fuzzyMatches(index, normalized));

  return found.map((position) => phraseAtPosition(index, position));
}

function substringMatches(index: LibraryIndex, normalized: string): number[] {
  const positions = new Set<number>(entriesContaining(index.phraseTextGrams, index.phraseTexts, normalized));
  for (const trigger of entriesContaining(index.triggerGrams, index.triggers.normalized, normalized)) {
    for (const position of triggerPhrases(index.triggers, trigger)) positions.add(position);
  }
  return [...positions].sort((a, b) => a - b);
}

/**
 * Entries whose text contains the query. Every entry containing it is listed under each of its
 * bigrams, so the rarest bigram's list is complete, unless that list was capped; then (and for
 * one-character queries) a straight scan, which never misses.
 */
function entriesContaining(table: GramTable, texts: StringColumn, normalized: string): number[] {
  let rarest: number | undefined;
  for (const gram of bigramCodesOf(codePointsOf(normalized))) {
    if (rarest === undefined || frequencyOfCode(table, gram) < frequencyOfCode(table, rarest)) rarest = gram;
  }
  if (rarest !== undefined && frequencyOfCode(table, rarest) <= table.postingCap) {
    return [...postingsOfCode(table, rarest)].filter((position) => columnItem(texts, position).includes(normalized));
  }
  return itemsContaining(texts, normalized);
}

function fuzzyMatches(index: LibraryIndex, normalized: string): number[] {
  const candidates = fuzzyCandidates(index, normalized);
  if (candidates.length === 0) return [];
  const documents = candidates.map((position) => ({
    position,
    text: columnItem(index.phraseTexts, position),
    triggers: phraseTriggers(index.phrases, position).map(normalizeText),
  }));
  const fuse = new Fuse(documents, { ...FUSE_OPTIONS, keys: ['text', 'triggers'] });
  return fuse
    .search(normalized)
    .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.item.position - b.item.position)
    .map((result) => result.item.position);
}

/** Phrases sharing enough of the query's bigrams, through their text or their triggers. */
function fuzzyCandidates(index: LibraryIndex, normalized: string): number[] {
  const grams = bigramCodesOf(codePointsOf(normalized));
  if (grams.length === 0) return [];
  const shared = new Map<number, number>();
  const count = (position: number, seenFor: Set<number>): void => {
    if (seenFor.has(position)) return;
    seenFor.add(position);
    shared.set(position, (shared.get(position) ?? 0) + 1);
  };
  for (const gram of grams) {
    const seenForGram = new Set<number>();
    for (const position of postingsOfCode(index.phraseTextGrams, gram)) count(position, seenForGram);
    for (const trigger of postingsOfCode(index.triggerGrams, gram)) {
      for (const position of triggerPhrases(index.triggers, trigger)) count(position, seenForGram);
    }
  }
  const needed = Math.max(1, Math.ceil(grams.length * MIN_SHARED_BIGRAMS));
  return [...shared]
    .filter(([, hits]) => hits >= needed)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map(([position]) => position);
}
