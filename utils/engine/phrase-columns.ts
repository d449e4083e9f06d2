import { orderStateMask, orderStatesOfMask } from './order-states';
import { phraseUid, type LibraryPhrase } from '../schemas/phrase';
import { columnItem, columnItems, stringColumn, type StringColumn } from './string-column';
import type { Positions } from './positions';

/**
 * The library's phrases column by column (see string-column.ts): a 100k-phrase library as
 * objects is over 50 MB of small strings and arrays, and slow to read back from storage.
 * Phrase objects are made only for the few phrases a suggestion or search returns.
 */
export interface PhraseColumns {
  count: number;
  ids: StringColumn;
  texts: StringColumn;
  packIds: string[];
  /** Position in `packIds`, per phrase. */
  packOf: Positions;
  /** Every category phrases use, in order of first use. */
  categoryIds: string[];
  /** Position in `categoryIds`, per phrase. */
  categoryOf: Positions;
  /** '' for a phrase without one (a shortcut is never empty). */
  shortcuts: StringColumn;
  /** Phrase p's triggers are items triggerStarts[p] .. triggerStarts[p + 1] of `triggers`. */
  triggerStarts: Positions;
  triggers: StringColumn;
  tagStarts: Positions;
  tags: StringColumn;
  /** Each phrase's topic id ('' for its category's general topic). */
  topics: StringColumn;
  /** Each phrase's `requires` as bits of ORDER_STATES (0: fits any conversation). */
  requires: Uint8Array;
}

export function phraseColumns(phrases: readonly LibraryPhrase[]): PhraseColumns {
  const packIds = new Map<string, number>();
  const categoryIds = new Map<string, number>();
  const numbered = (ids: Map<string, number>, id: string): number => {
    const known = ids.get(id);
    if (known !== undefined) return known;
    ids.set(id, ids.size);
    return ids.size - 1;
  };
  const listStarts = (lists: readonly (readonly string[])[]): Uint32Array => {
    const starts = new Uint32Array(lists.length + 1);
    lists.forEach((list, i) => {
      starts[i + 1] = (starts[i] ?? 0) + list.length;
    });
    return starts;
  };
  const triggerLists = phrases.map((phrase) => phrase.triggers);
  const tagLists = phrases.map((phrase) => phrase.tags);
  return {
    count: phrases.length,
    ids: stringColumn(phrases.map((phrase) => phrase.id)),
    texts: stringColumn(phrases.map((phrase) => phrase.text)),
    packOf: Uint32Array.from(phrases, (phrase) => numbered(packIds, phrase.packId)),
    packIds: [...packIds.keys()],
    categoryOf: Uint32Array.from(phrases, (phrase) => numbered(categoryIds, phrase.category)),
    categoryIds: [...categoryIds.keys()],
    shortcuts: stringColumn(phrases.map((phrase) => phrase.shortcut ?? '')),
    triggerStarts: listStarts(triggerLists),
    triggers: stringColumn(triggerLists.flat()),
    tagStarts: listStarts(tagLists),
    tags: stringColumn(tagLists.flat()),
    topics: stringColumn(phrases.map((phrase) => phrase.topic ?? '')),
    requires: Uint8Array.from(phrases, (phrase) => orderStateMask(phrase.requires ?? [])),
  };
}

/**
 * The uid of the phrase at `position`: its pack's id and its own (`${packId}/${id}`, as every
 * library phrase's uid is), put together when asked rather than stored as a column of its own.
 */
export function phraseUidAt(columns: PhraseColumns, position: number): string {
  return phraseUid(columns.packIds[columns.packOf[position] ?? 0] ?? '', columnItem(columns.ids, position));
}

/** The phrase at `position` as the library stored it. */
export function phraseAt(columns: PhraseColumns, position: number): LibraryPhrase {
  const shortcut = columnItem(columns.shortcuts, position);
  const topic = columnItem(columns.topics, position);
  const requires = orderStatesOfMask(columns.requires[position] ?? 0);
  return {
    id: columnItem(columns.ids, position),
    uid: phraseUidAt(columns, position),
    packId: columns.packIds[columns.packOf[position] ?? 0] ?? '',
    category: phraseCategory(columns, position),
    text: columnItem(columns.texts, position),
    triggers: phraseTriggers(columns, position),
    ...(shortcut === '' ? {} : { shortcut }),
    tags: columnItems(columns.tags, columns.tagStarts[position] ?? 0, columns.tagStarts[position + 1] ?? 0),
    ...(topic === '' ? {} : { topic }),
    ...(requires.length === 0 ? {} : { requires }),
  };
}

export function phraseCategory(columns: PhraseColumns, position: number): string {
  return columns.categoryIds[columns.categoryOf[position] ?? 0] ?? '';
}

export function phraseTriggers(columns: PhraseColumns, position: number): string[] {
  return columnItems(columns.triggers, columns.triggerStarts[position] ?? 0, columns.triggerStarts[position + 1] ?? 0);
}
