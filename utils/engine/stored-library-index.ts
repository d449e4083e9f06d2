import { z } from 'zod';
import { categorySchema } from '../schemas/category';
import { LIBRARY_INDEX_FORMAT, type LibraryIndex } from './library-index';
import { NO_MODEL_TOPIC } from './topic-model/phrase-topics';
import { productIndexProblem, storedProductIndexSchema } from './products/stored-product-index';
import type { Positions } from './positions';
import type { StringColumn } from './string-column';

/**
 * Reading a LibraryIndex back from storage (utils/index-store/). Storage is a trust boundary:
 * another build, a half-written record or a bug could have put anything there, and the engine
 * indexes its arrays without bounds checks. So the shape is parsed (zod) and every cross
 * reference is checked (lengths agree, offsets ascend, positions exist) before the index is
 * used — a few milliseconds even for 100k phrases, since it is all flat typed arrays.
 */
export class StoredIndexError extends Error {
  constructor(problem: string) {
    super(`保存的话术索引不可用，将重新建立 / the stored phrase index is unusable and will be rebuilt: ${problem}`);
    this.name = 'StoredIndexError';
  }
}

const uint32s = z.instanceof(Uint32Array);
/** Columns of positions and offsets, stored as narrow as they fit (positions.ts). */
const positions = z.union([z.instanceof(Uint8Array), z.instanceof(Uint16Array), uint32s]);
const int32s = z.instanceof(Int32Array);
const float64s = z.instanceof(Float64Array);
const float32s = z.instanceof(Float32Array);
const count = z.number().int().min(0);
const stringColumnSchema = z.object({ text: z.string(), ends: positions });
const gramTableSchema = z.object({
  entryCount: count,
  postingCap: count,
  codes: float64s,
  frequency: positions,
  postingStarts: positions,
  postingList: positions,
});

const storedLibraryIndexSchema = z.object({
  format: z.literal(LIBRARY_INDEX_FORMAT),
  phrases: z.object({
    count,
    ids: stringColumnSchema,
    texts: stringColumnSchema,
    packIds: z.array(z.string()),
    packOf: positions,
    categoryIds: z.array(z.string()),
    categoryOf: positions,
    shortcuts: stringColumnSchema,
    triggerStarts: positions,
    triggers: stringColumnSchema,
    tagStarts: positions,
    tags: stringColumnSchema,
    topics: stringColumnSchema,
    requires: z.instanceof(Uint8Array),
  }),
  categories: z.array(categorySchema),
  triggers: z.object({
    count,
    normalized: stringColumnSchema,
    lengths: positions,
    sources: z.instanceof(Uint8Array),
    originPhrases: positions,
    originSlots: int32s,
    information: float64s,
    phraseStarts: positions,
    phraseList: positions,
  }),
  triggerGrams: gramTableSchema,
  phraseTexts: stringColumnSchema,
  phraseTextInformation: float64s,
  phraseTextGrams: gramTableSchema,
  shortcutOrder: positions,
  uidOrder: positions,
  categoryPhraseStarts: positions,
  categoryPhraseList: positions,
  association: z.object({
    categoryIds: z.array(z.string()),
    categoryTotals: float64s,
    total: z.number().min(0),
    codes: float64s,
    pairStarts: positions,
    pairCategories: positions,
    pairCounts: float64s,
  }),
  topicModel: z.object({
    topicIds: z.array(z.string()),
    categoryIds: z.array(z.string()),
    topicCategories: positions,
    codes: uint32s,
    pairStarts: positions,
    pairTopics: positions,
    pairWeights: float32s,
    unseen: float32s,
    priors: float32s,
    scale: z.number().positive(),
    lengthExponent: z.number().min(0).max(1),
  }),
  phraseTopics: positions,
  topicPhraseStarts: positions,
  topicPhraseList: positions,
  products: storedProductIndexSchema,
});

/** The index stored in `value`, checked; throws StoredIndexError naming the first problem. */
export function restoreLibraryIndex(value: unknown): LibraryIndex {
  const parsed = storedLibraryIndexSchema.safeParse(value);
  if (!parsed.success) throw new StoredIndexError(z.prettifyError(parsed.error));
  const index: LibraryIndex = parsed.data;
  const problem = firstProblem(index);
  if (problem !== undefined) throw new StoredIndexError(problem);
  return index;
}

type Check = () => string | undefined;

function firstProblem(index: LibraryIndex): string | undefined {
  const { phrases, triggers, association, topicModel: model } = index;
  const topics = model.topicIds.length;
  const n = phrases.count;
  const checks: Check[] = [
    () => columnProblem('phrases.ids', phrases.ids, n),
    () => columnProblem('phrases.texts', phrases.texts, n),
    () => columnProblem('phrases.shortcuts', phrases.shortcuts, n),
    () => lengthProblem('phrases.packOf', phrases.packOf, n) ?? boundProblem('phrases.packOf', phrases.packOf, phrases.packIds.length),
    () => lengthProblem('phrases.categoryOf', phrases.categoryOf, n) ?? boundProblem('phrases.categoryOf', phrases.categoryOf, phrases.categoryIds.length),
    () => startsProblem('phrases.triggerStarts', phrases.triggerStarts, n, phrases.triggers.ends.length),
    () => columnProblem('phrases.triggers', phrases.triggers, phrases.triggers.ends.length),
    () => startsProblem('phrases.tagStarts', phrases.tagStarts, n, phrases.tags.ends.length),
    () => columnProblem('phrases.tags', phrases.tags, phrases.tags.ends.length),
    () => columnProblem('phrases.topics', phrases.topics, n),
    () => lengthProblem('phrases.requires', phrases.requires, n),
    () => columnProblem('triggers.normalized', triggers.normalized, triggers.count),
    () => lengthProblem('triggers.lengths', triggers.lengths, triggers.count),
    () => lengthProblem('triggers.sources', triggers.sources, triggers.count) ?? boundProblem('triggers.sources', triggers.sources, 2),
    () => lengthProblem('triggers.originPhrases', triggers.originPhrases, triggers.count) ?? boundProblem('triggers.originPhrases', triggers.originPhrases, n),
    () => lengthProblem('triggers.originSlots', triggers.originSlots, triggers.count) ?? originSlotProblem(index),
    () => lengthProblem('triggers.information', triggers.information, triggers.count),
    () => startsProblem('triggers.phraseStarts', triggers.phraseStarts, triggers.count, triggers.phraseList.length),
    () => boundProblem('triggers.phraseList', triggers.phraseList, n),
    () => gramTableProblem('triggerGrams', index.triggerGrams, triggers.count),
    () => columnProblem('phraseTexts', index.phraseTexts, n),
    () => lengthProblem('phraseTextInformation', index.phraseTextInformation, n),
    () => gramTableProblem('phraseTextGrams', index.phraseTextGrams, n),
    () => boundProblem('shortcutOrder', index.shortcutOrder, n),
    () => lengthProblem('uidOrder', index.uidOrder, n) ?? boundProblem('uidOrder', index.uidOrder, n),
    () =>
      startsProblem('categoryPhraseStarts', index.categoryPhraseStarts, phrases.categoryIds.length, n) ??
      lengthProblem('categoryPhraseList', index.categoryPhraseList, n) ??
      boundProblem('categoryPhraseList', index.categoryPhraseList, n),
    () =>
      association.categoryIds.length === phrases.categoryIds.length && association.categoryIds.every((id, i) => id === phrases.categoryIds[i])
        ? undefined
        : 'association.categoryIds differ from phrases.categoryIds',
    () => lengthProblem('association.categoryTotals', association.categoryTotals, association.categoryIds.length),
    () => ascendingProblem('association.codes', association.codes),
    () => startsProblem('association.pairStarts', association.pairStarts, association.codes.length, association.pairCategories.length),
    () => lengthProblem('association.pairCounts', association.pairCounts, association.pairCategories.length),
    () => boundProblem('association.pairCategories', association.pairCategories, association.categoryIds.length),
    () => lengthProblem('topicModel.topicCategories', model.topicCategories, topics) ?? boundProblem('topicModel.topicCategories', model.topicCategories, model.categoryIds.length),
    () => strictlyAscendingProblem('topicModel.codes', model.codes),
    () => startsProblem('topicModel.pairStarts', model.pairStarts, model.codes.length, model.pairTopics.length),
    () => boundProblem('topicModel.pairTopics', model.pairTopics, topics) ?? lengthProblem('topicModel.pairWeights', model.pairWeights, model.pairTopics.length),
    () => lengthProblem('topicModel.unseen', model.unseen, topics) ?? lengthProblem('topicModel.priors', model.priors, topics),
    () => lengthProblem('phraseTopics', index.phraseTopics, n) ?? phraseTopicProblem(index.phraseTopics, topics),
    () =>
      startsProblem('topicPhraseStarts', index.topicPhraseStarts, topics, index.topicPhraseList.length) ??
      boundProblem('topicPhraseList', index.topicPhraseList, n),
    () => productIndexProblem(index.products, n),
  ];
  for (const check of checks) {
    const problem = check();
    if (problem !== undefined) return problem;
  }
  return undefined;
}

interface NumberArray {
  readonly length: number;
  readonly [index: number]: number;
}

function lengthProblem(name: string, values: NumberArray, expected: number): string | undefined {
  return values.length === expected ? undefined : `${name} has ${values.length} entries, expected ${expected}`;
}

function boundProblem(name: string, values: NumberArray, limit: number): string | undefined {
  for (let i = 0; i < values.length; i += 1) {
    if ((values[i] ?? limit) >= limit) return `${name}[${i}] is ${values[i]}, beyond ${limit - 1}`;
  }
  return undefined;
}

/** Offsets of `count` runs: count + 1 of them, from 0, never falling, ending at `total`. */
function startsProblem(name: string, starts: NumberArray, count: number, total: number): string | undefined {
  if (starts.length !== count + 1) return `${name} has ${starts.length} entries, expected ${count + 1}`;
  if (starts[0] !== 0 || starts[count] !== total) return `${name} does not run from 0 to ${total}`;
  for (let i = 1; i < starts.length; i += 1) if ((starts[i] ?? 0) < (starts[i - 1] ?? 0)) return `${name} falls at ${i}`;
  return undefined;
}

function columnProblem(name: string, column: StringColumn, count: number): string | undefined {
  if (column.ends.length !== count) return `${name} has ${column.ends.length} items, expected ${count}`;
  let previous = 0;
  for (let i = 0; i < column.ends.length; i += 1) {
    const end = column.ends[i] ?? 0;
    if (end < previous) return `${name} item ${i} ends before it starts`;
    previous = end;
  }
  return previous === column.text.length ? undefined : `${name} ends at ${previous}, its text is ${column.text.length} long`;
}

/** Every phrase's model topic exists, or is NO_MODEL_TOPIC. */
function phraseTopicProblem(phraseTopics: Positions, topics: number): string | undefined {
  for (let i = 0; i < phraseTopics.length; i += 1) {
    const topic = phraseTopics[i] ?? 0;
    if (topic !== NO_MODEL_TOPIC && topic >= topics) return `phraseTopics[${i}] is ${topic}, beyond ${topics - 1}`;
  }
  return undefined;
}

function strictlyAscendingProblem(name: string, codes: Uint32Array): string | undefined {
  for (let i = 1; i < codes.length; i += 1) if ((codes[i] ?? 0) <= (codes[i - 1] ?? 0)) return `${name} is not ascending at ${i}`;
  return undefined;
}

function ascendingProblem(name: string, codes: Float64Array): string | undefined {
  for (let i = 1; i < codes.length; i += 1) if ((codes[i] ?? 0) <= (codes[i - 1] ?? 0)) return `${name} is not ascending at ${i}`;
  return undefined;
}

function gramTableProblem(name: string, table: LibraryIndex['triggerGrams'], entryCount: number): string | undefined {
  if (table.entryCount !== entryCount) return `${name}.entryCount is ${table.entryCount}, expected ${entryCount}`;
  return (
    ascendingProblem(`${name}.codes`, table.codes) ??
    lengthProblem(`${name}.frequency`, table.frequency, table.codes.length) ??
    startsProblem(`${name}.postingStarts`, table.postingStarts, table.codes.length, table.postingList.length) ??
    boundProblem(`${name}.postingList`, table.postingList, entryCount)
  );
}

/** A trigger's origin names a trigger its phrase has (or −1, the phrase's text). */
function originSlotProblem(index: LibraryIndex): string | undefined {
  const { triggers, phrases } = index;
  for (let trigger = 0; trigger < triggers.count; trigger += 1) {
    const phrase = triggers.originPhrases[trigger] ?? 0;
    const slot = triggers.originSlots[trigger] ?? -1;
    const own = (phrases.triggerStarts[phrase + 1] ?? 0) - (phrases.triggerStarts[phrase] ?? 0);
    if (slot < -1 || slot >= own) return `triggers.originSlots[${trigger}] names trigger ${slot} of a phrase with ${own}`;
  }
  return undefined;
}
