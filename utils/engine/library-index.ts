import { BUILT_IN_CATEGORIES, type Category } from '../schemas/category';
import type { LibraryPhrase } from '../schemas/phrase';
import type { LibraryProduct } from '../schemas/product';
import { buildProductIndex } from './products/product-index';
import { buildAssociation } from './gram-association';
import { codePointRuns } from './code-point-runs';
import { buildGramTable, type GramTable } from './gram-table';
import { SHORT_TRIGGER_LENGTH } from './grams';
import { normalizeText } from './normalize';
import { narrowIndex } from './narrow-index';
import type { Positions } from './positions';
import { phraseAt, phraseColumns, phraseUidAt, type PhraseColumns } from './phrase-columns';
import { columnItem, stringColumn, type StringColumn } from './string-column';
import { collectTriggers, TRIGGER_SOURCE, type TriggerColumns } from './trigger-columns';
import { topicExamples, type CorpusLine } from './topic-model/topic-examples';
import { trainTopicModel } from './topic-model/train-topic-model';
import { phrasesByModelTopic } from './topic-model/phrase-topics';

export { frequencyOf, postingCapFor, postingsOf, type GramTable } from './gram-table';
export { LIBRARY_INDEX_FORMAT, type GramAssociation, type LibraryIndex } from './library-index-types';
import { LIBRARY_INDEX_FORMAT, type GramAssociation, type LibraryIndex } from './library-index-types';

export interface LibraryInput {
  phrases: readonly LibraryPhrase[];
  categories: readonly Category[];
  /** Buyer messages written for training the topic model, beside the phrases' own triggers. */
  corpus?: readonly CorpusLine[];
  /** The installed packs' products (format 3), in library order. */
  products?: readonly LibraryProduct[];
}

export function buildLibraryIndex(library: LibraryInput): LibraryIndex {
  const phrases = library.phrases;
  const columns = phraseColumns(phrases);
  // Libraries repeat triggers (在吗 in hundreds of phrases): normalise each distinct one once.
  const normalize = memoized(normalizeText);

  const { columns: triggers, texts: triggerTexts } = collectTriggers(phrases, normalize);
  const triggerRuns = codePointRuns(triggerTexts);
  const triggerTable = buildGramTable(triggerRuns, SHORT_TRIGGER_LENGTH);
  triggers.information = triggerTable.information;

  const phraseTexts = phrases.map((phrase) => normalize(phrase.text));
  const phraseTextTable = buildGramTable(codePointRuns(phraseTexts), SHORT_TRIGGER_LENGTH);
  const categoryPhrases = groupByCategory(columns);
  const topicModel = trainTopicModel(topicExamples(columns, triggers, library.corpus ?? []));
  const byTopic = phrasesByModelTopic(columns, topicModel.topicIds);

  return narrowIndex({
    format: LIBRARY_INDEX_FORMAT,
    phrases: columns,
    categories: mergeCategories(library.categories),
    triggers,
    triggerGrams: triggerTable.table,
    phraseTexts: stringColumn(phraseTexts),
    phraseTextInformation: phraseTextTable.information,
    phraseTextGrams: phraseTextTable.table,
    shortcutOrder: sortedPositions(phrases.map((phrase) => (phrase.shortcut ? phrase.shortcut.toLowerCase() : undefined))),
    uidOrder: sortedPositions(phrases.map((phrase) => phrase.uid)),
    categoryPhraseStarts: categoryPhrases.starts,
    categoryPhraseList: categoryPhrases.list,
    association: buildAssociation(columns.categoryIds, columns.categoryOf, triggers, triggerRuns),
    topicModel,
    phraseTopics: byTopic.phraseTopics,
    topicPhraseStarts: byTopic.starts,
    topicPhraseList: byTopic.list,
    products: buildProductIndex(library.products ?? [], phrases),
  });
}

/** The phrase at `position`, as a phrase object (made on demand). */
export function phraseAtPosition(index: LibraryIndex, position: number): LibraryPhrase {
  return phraseAt(index.phrases, position);
}

/** Every phrase of the library, in library order (tests and tools; the engine never needs all). */
export function allPhrases(index: LibraryIndex): LibraryPhrase[] {
  return Array.from({ length: index.phrases.count }, (_, position) => phraseAt(index.phrases, position));
}

/** One indexed buyer trigger as a plain object (tests and tools; the engine reads the columns). */
export interface IndexedTrigger {
  normalized: string;
  original: string;
  source: 'trigger' | 'text';
  /** Positions of the phrases that list it. */
  phrases: number[];
  information: number;
}

export function triggerAt(index: LibraryIndex, trigger: number): IndexedTrigger {
  return {
    normalized: columnItem(index.triggers.normalized, trigger),
    original: triggerOriginal(index, trigger),
    source: index.triggers.sources[trigger] === TRIGGER_SOURCE.text ? 'text' : 'trigger',
    phrases: Array.from(index.triggers.phraseList.subarray(index.triggers.phraseStarts[trigger] ?? 0, index.triggers.phraseStarts[trigger + 1] ?? 0)),
    information: index.triggers.information[trigger] ?? 0,
  };
}

/** A trigger as the pack first wrote it; shown to the agent as the reason for a suggestion. */
export function triggerOriginal(index: LibraryIndex, trigger: number): string {
  const phrase = index.triggers.originPhrases[trigger] ?? 0;
  const slot = index.triggers.originSlots[trigger] ?? -1;
  if (index.triggers.sources[trigger] === TRIGGER_SOURCE.text || slot < 0) return columnItem(index.phrases.texts, phrase).trim();
  return columnItem(index.phrases.triggers, (index.phrases.triggerStarts[phrase] ?? 0) + slot).trim();
}

export function phrasesInCategory(index: LibraryIndex, category: string): Positions {
  const position = index.phrases.categoryIds.indexOf(category);
  if (position === -1) return new Uint32Array(0);
  return index.categoryPhraseList.subarray(index.categoryPhraseStarts[position] ?? 0, index.categoryPhraseStarts[position + 1] ?? 0);
}

/** The position of the first phrase with this uid. */
export function phraseWithUid(index: LibraryIndex, uid: string): number | undefined {
  const order = index.uidOrder;
  const at = lowerBound(order.length, (rank) => phraseUidAt(index.phrases, order[rank] ?? 0) < uid);
  const position = order[at];
  return position !== undefined && phraseUidAt(index.phrases, position) === uid ? position : undefined;
}

/** Index positions of the phrases a (lower-case) shortcut code opens, in library order. */
export function phrasesWithShortcut(index: LibraryIndex, code: string): number[] {
  return shortcutRange(index, code, (shortcut) => shortcut === code);
}

/** Index positions of the phrases whose shortcut starts with `prefix`, in library order. */
export function phrasesWithShortcutPrefix(index: LibraryIndex, prefix: string): number[] {
  return shortcutRange(index, prefix, (shortcut) => shortcut.startsWith(prefix)).sort((a, b) => a - b);
}

function shortcutRange(index: LibraryIndex, from: string, belongs: (shortcut: string) => boolean): number[] {
  const order = index.shortcutOrder;
  const shortcutAt = (rank: number): string => columnItem(index.phrases.shortcuts, order[rank] ?? 0).toLowerCase();
  const positions: number[] = [];
  for (let rank = lowerBound(order.length, (at) => shortcutAt(at) < from); rank < order.length && belongs(shortcutAt(rank)); rank += 1) {
    positions.push(order[rank] ?? 0);
  }
  return positions;
}

/** The first of `count` ranks for which `isBefore` is false (isBefore must be true, then false). */
function lowerBound(count: number, isBefore: (rank: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function groupByCategory(columns: PhraseColumns): { starts: Uint32Array; list: Uint32Array } {
  const starts = new Uint32Array(columns.categoryIds.length + 1);
  for (const category of columns.categoryOf) starts[category + 1] = (starts[category + 1] ?? 0) + 1;
  for (let category = 0; category < columns.categoryIds.length; category += 1) starts[category + 1] = (starts[category + 1] ?? 0) + (starts[category] ?? 0);
  const list = new Uint32Array(columns.count);
  const filled = starts.slice(0, columns.categoryIds.length);
  columns.categoryOf.forEach((category, position) => {
    const at = filled[category] ?? 0;
    list[at] = position;
    filled[category] = at + 1;
  });
  return { starts, list };
}

/** Positions with a key, sorted by key, then position. */
function sortedPositions(keys: readonly (string | undefined)[]): Uint32Array {
  const positions: number[] = [];
  keys.forEach((key, position) => {
    if (key !== undefined) positions.push(position);
  });
  const keyOf = (position: number): string => keys[position] ?? '';
  positions.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : a - b));
  return Uint32Array.from(positions);
}

function mergeCategories(declared: readonly Category[]): Category[] {
  const byId = new Map<string, Category>();
  for (const category of BUILT_IN_CATEGORIES) byId.set(category.id, category);
  for (const category of declared) byId.set(category.id, category);
  return [...byId.values()];
}

function memoized(transform: (raw: string) => string): (raw: string) => string {
  const results = new Map<string, string>();
  return (raw) => {
    let result = results.get(raw);
    if (result === undefined) {
      result = transform(raw);
      results.set(raw, result);
    }
    return result;
  };
}
