import type { Suggestion, SuggestResult } from '../schemas/suggestion';
import type { Thread } from '../schemas/thread';
import { phrasesInCategory, phraseWithUid, type LibraryIndex } from './library-index';
import { phraseCategory } from './phrase-columns';
import { columnItem } from './string-column';
import { evidenceFromBuyerMessage, type Evidence, type MessageEvidence } from './message-evidence';
import { readThreadTurns } from './thread-turns';
import { OPENING_CATEGORIES } from './context-cues';
import { isContinuation } from './continuation';
import { combineHints, contextEvidence, scaled, type ContextEvidence } from './thread-context';

export interface SuggestOptions {
  /** How many suggestions to return (default 5). */
  limit?: number;
  /** How often the agent inserted each phrase (by uid); breaks ties between similar phrases. */
  usage?: Readonly<Record<string, number>>;
}

export const DEFAULT_SUGGESTION_LIMIT = 5;

/** The first suggestions show different intents before any intent gets a second phrase. */
const DISTINCT_CATEGORY_SLOTS = 3;
/** Context counts for this much next to a buyer turn that has its own clear topic. */
const CONTEXT_FACTOR = 0.35;
/**
 * A platform notice counts for more: a new topic changes what the conversation is about,
 * but not that the order is unpaid or a refund is pending.
 */
const NOTICE_FACTOR = 0.6;
/** Below this the buyer turn alone says too little, and context counts in full. */
const WEAK_TURN_CONFIDENCE = 0.3;
/** An acknowledgement ("好的") still hints at its own reading, but the topic goes on. */
const CONTINUATION_FACTOR = 0.5;
/**
 * A turn asks something clearly enough for an opening to step back when another category is
 * at least this likely, and at least this share as likely as the opening itself.
 */
const CLEAR_REQUEST_CONFIDENCE = 0.3;
const COMPARABLE_REQUEST_SHARE = 0.5;
const OPENING_YIELD_FACTOR = 0.5;
/** Categories this unlikely are not worth a line on the agent's screen. */
const MIN_CATEGORY_SCORE = 0.05;
/** How far a phrase's own matching wording lifts it above its category's other phrases. */
const OWN_MATCH_SHARE = 0.2;
const USAGE_SHARE = 0.05;

/**
 * Reply suggestions for the latest buyer turn of a thread, read in its context: earlier buyer
 * turns, the agent's last turn and platform notices. Scores are 0..1; the first three
 * suggestions cover the three likeliest intents before any intent repeats.
 */
export function suggest(index: LibraryIndex, thread: Thread, options: SuggestOptions = {}): SuggestResult {
  const reading = readThreadTurns(thread);
  if (reading.buyerTurn === null) return { buyerTurn: null, suggestions: [] };
  const limit = Math.max(1, options.limit ?? DEFAULT_SUGGESTION_LIMIT);
  if (index.phrases.count === 0) return { buyerTurn: reading.buyerTurn, suggestions: [] };

  const latest = evidenceFromBuyerMessage(index, reading.buyerTurn);
  const categories = categoryScores(latest, contextEvidence(index, reading), isContinuation(reading.buyerTurn));
  const ranked = rankPhrases(index, categories, latest, options.usage ?? {}, limit);
  return { buyerTurn: reading.buyerTurn, suggestions: pickDiverse(ranked, limit) };
}

function categoryScores(latest: MessageEvidence, context: ContextEvidence, continuing: boolean): Map<string, Evidence> {
  const turn = withOpeningsYielding(latest.categories);
  const turnConfidence = Math.max(0, ...[...turn.values()].map((evidence) => evidence.confidence));
  const turnLeads = !continuing && turnConfidence >= WEAK_TURN_CONFIDENCE;
  const turnFactor = continuing ? CONTINUATION_FACTOR : 1;
  return combineHints([
    scaled(turn, turnFactor),
    scaled(context.conversation, turnLeads ? CONTEXT_FACTOR : 1),
    scaled(context.notices, turnLeads ? NOTICE_FACTOR : 1),
  ]);
}

/** An opening (你好, 在吗) steps back when the same turn clearly asks something else. */
function withOpeningsYielding(categories: Map<string, Evidence>): Map<string, Evidence> {
  const opening = Math.max(0, ...OPENING_CATEGORIES.map((category) => categories.get(category)?.confidence ?? 0));
  const bar = Math.max(CLEAR_REQUEST_CONFIDENCE, COMPARABLE_REQUEST_SHARE * opening);
  const asksSomethingElse = [...categories].some(
    ([category, evidence]) => !OPENING_CATEGORIES.includes(category) && evidence.confidence >= bar,
  );
  if (!asksSomethingElse) return categories;
  const result = new Map<string, Evidence>();
  for (const [category, evidence] of categories) {
    const factor = OPENING_CATEGORIES.includes(category) ? OPENING_YIELD_FACTOR : 1;
    result.set(category, { ...evidence, confidence: evidence.confidence * factor });
  }
  return result;
}

interface RankedPhrase {
  position: number;
  suggestion: Suggestion;
}

/**
 * The best `perCategory` phrases of every likely category, best first; ties keep library order.
 * A category can hold thousands of phrases, so only a short list per category is kept.
 */
function rankPhrases(
  index: LibraryIndex,
  categories: Map<string, Evidence>,
  latest: MessageEvidence,
  usage: Readonly<Record<string, number>>,
  perCategory: number,
): RankedPhrase[] {
  const ranked: RankedPhrase[] = [];
  const matchedByCategory = groupMatchedPhrases(index, latest);
  const used = usedPhrases(index, usage);
  for (const [category, categoryEvidence] of categories) {
    if (categoryEvidence.confidence < MIN_CATEGORY_SCORE) continue;
    const shortlist: { position: number; fit: number }[] = [];
    const candidates = phraseCandidates(index, category, latest, matchedByCategory.get(category) ?? [], { record: usage, used }, perCategory);
    for (const { position, ownShare, usageShare } of candidates) {
      const fit = 1 - OWN_MATCH_SHARE * (1 - ownShare) - USAGE_SHARE * (1 - usageShare);
      insertBounded(shortlist, { position, fit }, perCategory);
    }
    for (const { position, fit } of shortlist) {
      const reason = latest.phrases.get(position)?.evidence ?? categoryEvidence;
      const shortcut = columnItem(index.phrases.shortcuts, position);
      ranked.push({
        position,
        suggestion: {
          phraseUid: columnItem(index.phrases.uids, position),
          packId: index.phrases.packIds[index.phrases.packOf[position] ?? 0] ?? '',
          text: columnItem(index.phrases.texts, position),
          category,
          ...(shortcut === '' ? {} : { shortcut }),
          score: categoryEvidence.confidence * fit,
          reason: { kind: reason.kind, matched: reason.matched },
        },
      });
    }
  }
  return ranked.sort((a, b) => b.suggestion.score - a.suggestion.score || a.position - b.position);
}

/** Keeps `list` sorted by fit, then library position, and no longer than `size`. */
function insertBounded(list: { position: number; fit: number }[], entry: { position: number; fit: number }, size: number): void {
  const before = (a: { position: number; fit: number }, b: { position: number; fit: number }): boolean =>
    a.fit > b.fit || (a.fit === b.fit && a.position < b.position);
  const last = list[list.length - 1];
  if (list.length >= size && last && !before(entry, last)) return;
  let at = list.length;
  while (at > 0 && before(entry, list[at - 1] ?? entry)) at -= 1;
  list.splice(at, 0, entry);
  if (list.length > size) list.pop();
}

/** Phrases whose own wordings matched, per category, in the order they matched. */
function groupMatchedPhrases(index: LibraryIndex, latest: MessageEvidence): Map<string, { position: number; weight: number }[]> {
  const groups = new Map<string, { position: number; weight: number }[]>();
  for (const [position, own] of latest.phrases) {
    const category = phraseCategory(index.phrases, position);
    const group = groups.get(category);
    if (group) group.push({ position, weight: own.weight });
    else groups.set(category, [{ position, weight: own.weight }]);
  }
  return groups;
}

/** Phrases the agent has used that are in the library, with their uid, in the usage record's order. */
function usedPhrases(index: LibraryIndex, usage: Readonly<Record<string, number>>): { position: number; uid: string }[] {
  const used: { position: number; uid: string }[] = [];
  for (const uid of Object.keys(usage)) {
    const position = phraseWithUid(index, uid);
    if (position !== undefined) used.push({ position, uid });
  }
  return used;
}

/**
 * The only phrases of a category that can make its shortlist: those whose own wordings
 * matched, those the agent has used, and the first few in library order (the rest tie with
 * these). Keeps a 100k-phrase library as fast as a small one.
 */
function phraseCandidates(
  index: LibraryIndex,
  category: string,
  latest: MessageEvidence,
  matched: readonly { position: number; weight: number }[],
  usage: { record: Readonly<Record<string, number>>; used: readonly { position: number; uid: string }[] },
  perCategory: number,
): { position: number; ownShare: number; usageShare: number }[] {
  const positions = new Set<number>(phrasesInCategory(index, category).slice(0, perCategory));
  let bestOwn = 0;
  for (const { position, weight } of matched) {
    positions.add(position);
    bestOwn = Math.max(bestOwn, weight);
  }
  let mostUsed = 0;
  for (const { position, uid } of usage.used) {
    if (phraseCategory(index.phrases, position) !== category) continue;
    positions.add(position);
    mostUsed = Math.max(mostUsed, usageOf(usage.record, uid));
  }
  // Shares are relative to the category's best, so its best phrase scores as the category does.
  return [...positions].map((position) => ({
    position,
    ownShare: bestOwn > 0 ? (latest.phrases.get(position)?.weight ?? 0) / bestOwn : 1,
    usageShare: mostUsed > 0 ? Math.log1p(usageOf(usage.record, columnItem(index.phrases.uids, position))) / Math.log1p(mostUsed) : 1,
  }));
}

function usageOf(usage: Readonly<Record<string, number>>, uid: string | undefined): number {
  if (uid === undefined || !Object.hasOwn(usage, uid)) return 0;
  const count = usage[uid] ?? 0;
  return Number.isFinite(count) && count > 0 ? count : 0;
}

/** Best phrase of each of the likeliest categories first, then the rest by score. */
function pickDiverse(ranked: readonly RankedPhrase[], limit: number): Suggestion[] {
  const picked: Suggestion[] = [];
  const taken = new Set<number>();
  const coveredCategories = new Set<string>();
  for (const entry of ranked) {
    if (picked.length >= Math.min(limit, DISTINCT_CATEGORY_SLOTS)) break;
    if (coveredCategories.has(entry.suggestion.category)) continue;
    coveredCategories.add(entry.suggestion.category);
    taken.add(entry.position);
    picked.push(entry.suggestion);
  }
  for (const entry of ranked) {
    if (picked.length >= limit) break;
    if (taken.has(entry.position)) continue;
    taken.add(entry.position);
    picked.push(entry.suggestion);
  }
  return picked;
}
