import { BUILT_IN_CATEGORIES, type Category } from '../schemas/category';
import type { LibraryPhrase } from '../schemas/phrase';
import { bigramsOf, indexGramsOf, inverseFrequency, weightGramsOf } from './grams';
import { normalizeText } from './normalize';

/**
 * A distinct buyer wording after normalisation, with every phrase that lists it. Phrases an
 * agent wrote without triggers are represented by their own text (`source: 'text'`), which
 * counts for less: it is how the agent answers, not how a buyer asks.
 */
export interface IndexedWording {
  normalized: string;
  /** As the pack first wrote it; shown to the agent as the reason for a suggestion. */
  original: string;
  source: 'trigger' | 'text';
  /** Positions in `LibraryIndex.phrases`. */
  phrases: number[];
  /** Sum of the inverse frequencies of its grams: how much a match says. */
  information: number;
}

/** Grams with their posting lists; every structure is plain data so the index can be stored. */
export interface GramTable {
  /** How many entries (wordings or phrase texts) the table was built over. */
  entryCount: number;
  /** gram → entry positions, shortest entries first, cut at `postingCap`. */
  postings: Record<string, number[]>;
  /** gram → how many entries really contain it (also for grams whose postings were cut). */
  frequency: Record<string, number>;
  postingCap: number;
}

export interface LibraryIndex {
  formatVersion: 1;
  phrases: LibraryPhrase[];
  /** Built-in categories plus those the library declares. */
  categories: Category[];
  wordings: IndexedWording[];
  wordingGrams: GramTable;
  /** Normalised phrase texts, parallel to `phrases`, for search and for reading agent turns. */
  phraseTexts: string[];
  phraseTextInformation: number[];
  phraseTextGrams: GramTable;
  /** shortcut code → phrase positions. */
  shortcuts: Record<string, number[]>;
  /** category id → phrase positions, in library order. */
  categoryPhrases: Record<string, number[]>;
  /** phrase uid → position. */
  phrasePositions: Record<string, number>;
  /** How buyer wordings' grams spread over categories: the data intent is read from. */
  association: GramAssociation;
}

/**
 * Per gram, how many wordings of each category contain it. A wording listed by phrases of
 * several categories counts as a share in each; a phrase text standing in for missing
 * triggers counts for `TEXT_WORDING_SHARE`.
 */
export interface GramAssociation {
  /** Category ids in the order of the counts below. */
  categoryIds: string[];
  /** Weighted number of wordings per category. */
  categoryTotals: number[];
  /** Weighted number of wordings in all. */
  total: number;
  /** gram → flat [categoryPosition, count, categoryPosition, count, …]. */
  counts: Record<string, number[]>;
}

/** A phrase text is the agent's answer, not the buyer's question: it counts for less. */
export const TEXT_WORDING_SHARE = 0.5;

export interface LibraryInput {
  phrases: readonly LibraryPhrase[];
  categories: readonly Category[];
}

/**
 * A gram shared by very many entries (亲, 吗, 的 …) would make every lookup walk a huge list.
 * Past this many entries only the shortest ones stay listed under it: a long entry is still
 * reached through its rarer grams, and the gram's true frequency keeps its weight honest.
 */
export function postingCapFor(entryCount: number): number {
  return Math.max(128, Math.ceil(4 * Math.sqrt(entryCount)));
}

export function buildLibraryIndex(library: LibraryInput): LibraryIndex {
  const phrases = [...library.phrases];
  const wordings = collectWordings(phrases);
  const wordingChars = wordings.map((wording) => Array.from(wording.normalized));
  const wordingGrams = buildGramTable(wordingChars);
  wordings.forEach((wording, position) => {
    wording.information = informationOf(wordingChars[position] ?? [], wordingGrams);
  });

  const phraseTexts = phrases.map((phrase) => normalizeText(phrase.text));
  const phraseTextChars = phraseTexts.map((text) => Array.from(text));
  const phraseTextGrams = buildGramTable(phraseTextChars);

  return {
    formatVersion: 1,
    phrases,
    categories: mergeCategories(library.categories),
    wordings,
    wordingGrams,
    phraseTexts,
    phraseTextInformation: phraseTextChars.map((chars) => informationOf(chars, phraseTextGrams)),
    phraseTextGrams,
    shortcuts: collectShortcuts(phrases),
    categoryPhrases: collectCategoryPhrases(phrases),
    phrasePositions: collectPhrasePositions(phrases),
    association: buildAssociation(phrases, wordings, wordingChars),
  };
}

/** Posting lists of a gram table; safe against keys that happen to name object properties. */
export function postingsOf(table: GramTable, gram: string): readonly number[] {
  return Object.hasOwn(table.postings, gram) ? (table.postings[gram] ?? []) : [];
}

export function frequencyOf(table: GramTable, gram: string): number {
  return Object.hasOwn(table.frequency, gram) ? (table.frequency[gram] ?? 0) : 0;
}

export function gramWeight(table: GramTable, gram: string): number {
  return inverseFrequency(table.entryCount, frequencyOf(table, gram));
}

export function phrasesInCategory(index: LibraryIndex, category: string): readonly number[] {
  return Object.hasOwn(index.categoryPhrases, category) ? (index.categoryPhrases[category] ?? []) : [];
}

export function phraseWithUid(index: LibraryIndex, uid: string): number | undefined {
  return Object.hasOwn(index.phrasePositions, uid) ? index.phrasePositions[uid] : undefined;
}

/** Index positions of the phrases a shortcut code opens. */
export function phrasesWithShortcut(index: LibraryIndex, code: string): readonly number[] {
  return Object.hasOwn(index.shortcuts, code) ? (index.shortcuts[code] ?? []) : [];
}

function collectWordings(phrases: readonly LibraryPhrase[]): IndexedWording[] {
  const byText = new Map<string, IndexedWording>();
  const add = (raw: string, source: IndexedWording['source'], phrasePosition: number): void => {
    const normalized = normalizeText(raw);
    if (normalized.length === 0) return;
    const key = `${source}:${normalized}`;
    const existing = byText.get(key);
    if (existing) {
      if (existing.phrases.at(-1) !== phrasePosition) existing.phrases.push(phrasePosition);
      return;
    }
    byText.set(key, { normalized, original: raw.trim(), source, phrases: [phrasePosition], information: 0 });
  };
  phrases.forEach((phrase, position) => {
    if (phrase.triggers.length === 0) add(phrase.text, 'text', position);
    for (const trigger of phrase.triggers) add(trigger, 'trigger', position);
  });
  return [...byText.values()];
}

function buildGramTable(entries: readonly (readonly string[])[]): GramTable {
  const lists = new Map<string, number[]>();
  // Shortest first, so a capped list keeps the entries a short message is most likely to mean.
  const order = entries.map((_, position) => position).sort((a, b) => (entries[a]?.length ?? 0) - (entries[b]?.length ?? 0) || a - b);
  for (const position of order) {
    for (const gram of indexGramsOf(entries[position] ?? [])) {
      const list = lists.get(gram);
      if (list) list.push(position);
      else lists.set(gram, [position]);
    }
  }
  const postingCap = postingCapFor(entries.length);
  const postings: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const frequency: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [gram, list] of lists) {
    frequency[gram] = list.length;
    postings[gram] = list.length > postingCap ? list.slice(0, postingCap) : list;
  }
  return { entryCount: entries.length, postings, frequency, postingCap };
}

function informationOf(chars: readonly string[], table: GramTable): number {
  return weightGramsOf(chars).reduce((sum, gram) => sum + gramWeight(table, gram), 0);
}

function mergeCategories(declared: readonly Category[]): Category[] {
  const byId = new Map<string, Category>();
  for (const category of BUILT_IN_CATEGORIES) byId.set(category.id, category);
  for (const category of declared) byId.set(category.id, category);
  return [...byId.values()];
}

function collectShortcuts(phrases: readonly LibraryPhrase[]): Record<string, number[]> {
  const shortcuts: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  phrases.forEach((phrase, position) => {
    if (!phrase.shortcut) return;
    const code = phrase.shortcut.toLowerCase();
    (shortcuts[code] ??= []).push(position);
  });
  return shortcuts;
}

function collectCategoryPhrases(phrases: readonly LibraryPhrase[]): Record<string, number[]> {
  const byCategory: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  phrases.forEach((phrase, position) => {
    (byCategory[phrase.category] ??= []).push(position);
  });
  return byCategory;
}

function collectPhrasePositions(phrases: readonly LibraryPhrase[]): Record<string, number> {
  const positions: Record<string, number> = Object.create(null) as Record<string, number>;
  phrases.forEach((phrase, position) => {
    positions[phrase.uid] ??= position;
  });
  return positions;
}

function buildAssociation(
  phrases: readonly LibraryPhrase[],
  wordings: readonly IndexedWording[],
  wordingChars: readonly (readonly string[])[],
): GramAssociation {
  const categoryIds = [...new Set(phrases.map((phrase) => phrase.category))];
  const categoryPosition = new Map(categoryIds.map((id, position) => [id, position]));
  const categoryTotals = categoryIds.map(() => 0);
  const byGram = new Map<string, Map<number, number>>();
  let total = 0;
  wordings.forEach((wording, at) => {
    const weight = wording.source === 'text' ? TEXT_WORDING_SHARE : 1;
    const shares = new Map<number, number>();
    for (const position of wording.phrases) {
      const category = categoryPosition.get(phrases[position]?.category ?? '');
      if (category !== undefined) shares.set(category, (shares.get(category) ?? 0) + weight / wording.phrases.length);
    }
    total += weight;
    for (const [category, share] of shares) categoryTotals[category] = (categoryTotals[category] ?? 0) + share;
    for (const gram of associationGramsOf(wordingChars[at] ?? [])) {
      const counts = byGram.get(gram) ?? new Map<number, number>();
      byGram.set(gram, counts);
      for (const [category, share] of shares) counts.set(category, (counts.get(category) ?? 0) + share);
    }
  });
  const counts: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  for (const [gram, perCategory] of byGram) counts[gram] = [...perCategory].flat();
  return { categoryIds, categoryTotals, total, counts };
}

/** The grams a wording is characterised by: its bigrams and its single characters. */
export function associationGramsOf(chars: readonly string[]): string[] {
  return [...bigramsOf(chars), ...new Set(chars)];
}
