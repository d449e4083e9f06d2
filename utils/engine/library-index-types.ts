import type { Category } from '../schemas/category';
import type { GramTable } from './gram-table';
import type { PhraseColumns } from './phrase-columns';
import type { StringColumn } from './string-column';
import type { TriggerColumns } from './trigger-columns';
import type { TopicModel } from './topic-model/topic-model-types';
import type { ProductIndex } from './products/product-index';
import type { Positions } from './positions';

// The index's shape on its own, so the modules that build parts of it (gram-association) and the
// one that assembles it (library-index) both depend on this file rather than on each other.

/**
 * Bumped whenever the index's layout or the meaning of its numbers changes (normalisation,
 * gram weights, …): a stored index of another format is never used, it is rebuilt.
 */
export const LIBRARY_INDEX_FORMAT = 7;

/**
 * Everything suggest() and searchPhrases() read, built once per library version. Only typed
 * arrays, strings and small plain objects: a stopped service worker reads it back from
 * storage in one piece instead of rebuilding it (see utils/index-store/).
 */
export interface LibraryIndex {
  format: typeof LIBRARY_INDEX_FORMAT;
  phrases: PhraseColumns;
  /** Built-in categories plus those the library declares. */
  categories: Category[];
  triggers: TriggerColumns;
  triggerGrams: GramTable;
  /** Normalised phrase texts, parallel to the phrases, for search and for reading agent turns. */
  phraseTexts: StringColumn;
  phraseTextInformation: Float64Array;
  phraseTextGrams: GramTable;
  /** Positions of phrases with a shortcut, by lower-cased shortcut, then position. */
  shortcutOrder: Positions;
  /** Positions by uid, then position. */
  uidOrder: Positions;
  /** Phrases of category c (position in phrases.categoryIds), in library order. */
  categoryPhraseStarts: Positions;
  categoryPhraseList: Positions;
  /** How buyer triggers' grams spread over categories: the data intent is read from. */
  association: GramAssociation;
  /** What buyers ask about, learned from the library's triggers and the buyer corpus (topic-model/). */
  topicModel: TopicModel;
  /** Each phrase's topic as the model numbers it (NO_MODEL_TOPIC: a topic the model never saw). */
  phraseTopics: Positions;
  /** Phrases of model topic t, in library order. */
  topicPhraseStarts: Positions;
  topicPhraseList: Positions;
  /** The chat's product: recognising it among the library's products, and the phrases that answer per product. */
  products: ProductIndex;
}

/**
 * Per gram, how many triggers of each category contain it. A trigger listed by phrases of
 * several categories counts as a share in each; a phrase text standing in for missing
 * triggers counts for `TEXT_TRIGGER_SHARE`. Gram `codes[s]` (ascending) has the counts
 * `pairCounts[i]` for categories `pairCategories[i]`, i in pairStarts[s] .. pairStarts[s + 1].
 */
export interface GramAssociation {
  /** Category ids in the order the pairs number them (the phrases' categoryIds). */
  categoryIds: string[];
  /** Weighted number of triggers per category. */
  categoryTotals: Float64Array;
  /** Weighted number of triggers in all. */
  total: number;
  codes: Float64Array;
  pairStarts: Positions;
  pairCategories: Positions;
  pairCounts: Float64Array;
}
