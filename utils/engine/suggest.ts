import type { Suggestion, SuggestResult } from '../schemas/suggestion';
import type { Thread } from '../schemas/thread';
import { phrasesInCategory, phraseWithUid, type LibraryIndex } from './library-index';
import { phraseCategory, phraseUidAt } from './phrase-columns';
import { columnItem } from './string-column';
import { buyerContent, evidenceFromBuyerContent, type Evidence, type MessageEvidence } from './message-evidence';
import { readThreadTurns } from './thread-turns';
import { FIRST_REPLY_CATEGORY, OPENING_CATEGORIES, PRODUCT_CATEGORY } from './context-cues';
import { conversationStage, type ConversationStage } from './conversation-stage';
import { isContinuation } from './continuation';
import { triggerSimilarities, type PhraseSimilarities } from './trigger-similarity';
import { acknowledgesDetails, asksForDetails, buyerGaveDetails, type DetailsGiven } from './details-given';
import { quotesUsualTimingOnly, saysItIsOverdue } from './overdue-cues';
import { combineHints, contextEvidence, scaled, type ContextEvidence } from './thread-context';
import { buyerSaysNotShipped, orderStateMask, orderStatesShown, presumesNotShipped, presumesShipped } from './order-states';
import { conversationKinds, fitsConversationKinds, presumesKinds } from './reply-kinds';
import { fitsSaleModes } from './sale-modes';
import { perPhraseText } from './phrase-text-reading';
import { bestTopicOf, likelyTopicsOf, readTopics, topicShareOf, withModelCategories, type TopicReading } from './topic-reading';
import { chatProduct, fitsProduct, productAnswer, showsFacts, suggestedProduct } from './products/product-answer';
import { isHoldingReply } from './products/product-index';
import type { Positions } from './positions';

export interface SuggestOptions {
  /** How many suggestions to return (default 5). */
  limit?: number;
  /** How often the agent inserted each phrase (by uid), whatever the intent. */
  usage?: Readonly<Record<string, number>>;
  /**
   * The agent's weighted history per buyer intent (utils/usage/usage-weights.ts): within a
   * category, the phrases the agent actually picks for it rise. Wins over `usage` for that intent.
   */
  usageByIntent?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Phrase uids the agent pinned: first within their category whenever it is suggested. */
  pinned?: readonly string[];
}

export const DEFAULT_SUGGESTION_LIMIT = 5;

/** The first suggestions show different intents before any intent gets a second phrase. */
const DISTINCT_CATEGORY_SLOTS = 3;
/**
 * A category this much less likely than the best one gives its place to another answer to the
 * best: with the topic model the best category is right ninety-five times in a hundred, and a
 * second answer to it fits more often than an answer to a question nobody asked.
 */
const SECOND_CATEGORY_SHARE = 0.6;
/** A category the buyer's own wording asks for this clearly keeps its place whatever the share. */
const PLAINLY_ASKED_CONFIDENCE = 0.5;
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
/**
 * How far the phrase that answers the message best stands above its category's other phrases
 * (before history): MATCH_SHARE spread over three readings of "best", weights summing to 1 —
 * its own trigger found in the message, its topic as likely as the category's likeliest, and its
 * wordings as alike to the message as any (trigger-similarity.ts).
 */
const MATCH_SHARE = 0.2;
const OWN_WEIGHT = 0.2;
const TOPIC_WEIGHT = 0.5;
const SIMILARITY_WEIGHT = 0.3;
/**
 * How far history lifts a phrase: enough for the phrase an agent keeps choosing to overtake one
 * whose trigger matched better. Without history every phrase's usage share is 1: no effect.
 */
const USAGE_SHARE = 0.3;
/**
 * A history lifts a phrase fully only from one whole vote (a send as it stood, weight 1) up:
 * a phrase the agent only inserted and deleted must not take first place from a better match.
 */
const FULL_USAGE_VOTE = 1;
/** Pinned phrases score in the top tenth of their category; the rest make room below. */
const PINNED_FLOOR = 0.9;
/**
 * Phrases that answer the conversation's stage (an apology after a complaint) lead their
 * category at its best phrase's score, so the category's own rank does not change.
 */
const STAGE_LEAD_SPREAD = 0.001;
const STAGE_FOLLOWER_SHARE = 0.998;
/**
 * How far the topic model's reading of the buyer turn counts in its categories' confidence,
 * beside the triggers found in it.
 */
const MODEL_CATEGORY_WEIGHT = 0.9;
/** Topics this share as likely as their category's best bring their phrases to the shortlist. */
const CANDIDATE_TOPIC_SHARE = 0.3;
/** Only topics this share as likely as their category's best lend the stage's phrases the lead. */
const STAGE_TOPIC_SHARE = 0.5;
/** A topic this likely is what the buyer asked: a stage none of its phrases answer leads nothing. */
const CLEAR_TOPIC_PROBABILITY = 0.5;
/**
 * A phrase asking for details the buyer just gave (订单号发我 after the order number) falls this
 * far within its category: anything that answers comes first.
 */
const ASKS_AGAIN_PENALTY = 0.15;
/**
 * A phrase saying the buyer's details came in (订单号收到啦) when the buyer's turn carries none falls
 * this far within its category: it claims what the thread does not show (reviewers rejected 9 in
 * 10 such first or second phrases on the judged development turns).
 */
const UNGIVEN_DETAILS_PENALTY = 0.15;

/** How far a phrase falls for what it says about the buyer's details: asked again, or acknowledged unsent. */
function detailsPenalty(index: LibraryIndex, position: number, detailsGiven: DetailsGiven | undefined): number {
  if (detailsGiven === undefined) return 0;
  if (detailsGiven.any && asksForDetailsAt(index, position)) return ASKS_AGAIN_PENALTY;
  const acknowledged = acknowledgesDetailsAt(index, position);
  const unsent = acknowledged === 'pictures' ? !detailsGiven.pictures : acknowledged === 'details' && !detailsGiven.any;
  return unsent ? UNGIVEN_DETAILS_PENALTY : 0;
}
/**
 * A phrase quoting only the usual timings (退款1-3个工作日到账) falls this far within its category
 * when the buyer says how long they have already waited (都5天了): an overdue case wants a look
 * into it, not the general rule (overdue-cues.ts).
 */
const USUAL_TIMING_PENALTY = 0.15;
/**
 * A holding reply to a question about the item (我帮您查一下这款的保质期) falls this far within
 * its category while the chat's product is unknown: the shop knows its products' facts, so a
 * reply that answers, even in general, comes first; with the product known, its answer or the
 * facts card takes over (products/product-answer.ts).
 */
const PRODUCT_HOLDING_PENALTY = 0.15;
/**
 * A reply to a product question that names goods the conversation never names (an appliance's
 * warning for 孕妇能用吗, a pet's coat for 160斤穿什么码) falls this far within the category: over
 * the judged pairs, reviewers accepted such a reply about one time in twelve, one naming no goods
 * about four times in ten. A nudge, not a bar: the guess may be right, and larger penalties
 * (0.15) lost more first replies than they gained.
 */
const PRESUMED_GOODS_PENALTY = 0.05;
/**
 * A phrase's own wording found this clearly in the message (a long, rare one, found whole: 仅退款
 * 行不行 weighs about 13, 仅退款 alone about 3) vouches for its topic beside the topic model, at
 * this share of the category's likeliest topic. The model reads the whole message and can be sure
 * of the wrong half of it (运费 in "仅退款行不行 寄回去运费都快赶上了").
 */
const OWN_TOPIC_MIN_WEIGHT = 8;
const OWN_TOPIC_SHARE = 0.5;
/** No phrase alike: for rankings that do not read the buyer's words. */
const NO_SIMILARITIES: PhraseSimilarities = { of: () => 0, bestOfCategory: () => [] };
/** The first three suggestions stay the three likeliest intents; a greeting for a first reply comes after. */
const FIRST_REPLY_MIN_LIMIT = 4;

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

  // The buyer turn's content, read three ways: triggers found, the topic model, wording similarity.
  const content = buyerContent(reading.buyerTurn);
  const turnEvidence = evidenceFromBuyerContent(index, content);
  const topics = readTopics(index, content);
  const latest: MessageEvidence = { ...turnEvidence, categories: withModelCategories(turnEvidence.categories, topics, MODEL_CATEGORY_WEIGHT) };
  const stage = conversationStage(index, reading);
  const categories = categoryScores(latest, contextEvidence(index, reading), stage, {
    continuing: isContinuation(reading.buyerTurn),
    newsSinceTurn: reading.noticesAfterBuyerTurn > 0,
  });
  const chat = chatProduct(index, thread);
  const fitsOrder = fitsStates(index, orderStateMask(orderStatesShown(thread)), buyerSaysNotShipped(reading.buyerTurn));
  const fitsChatProduct = fitsProduct(index, chat);
  const goods = conversationKinds(thread);
  const fitsGoods = fitsConversationKinds(index, goods);
  const fitsSale = fitsSaleModes(index, thread);
  const history: History = {
    usageFor: (category) => options.usageByIntent?.[category] ?? options.usage ?? {},
    pinned: pinnedPositions(index, options.pinned ?? []),
    // A phrase that presumes an order state the conversation does not show is never offered,
    // nor one scoped to another product or writing a fact the chat's product does not have,
    // nor one written about other goods than the conversation names, nor one for a way of
    // selling (presale, made to order …) the conversation never shows.
    fits: (position) => fitsOrder(position) && fitsChatProduct(position) && fitsGoods(position) && fitsSale(position),
    detailsGiven: buyerGaveDetails(reading),
    overdue: saysItIsOverdue(reading.buyerTurn),
    productUnknown: chat === undefined,
    presumesGoods: presumesKinds(index, goods),
  };
  const similarities = triggerSimilarities(index, content, limit);
  const ranked = rankPhrases(index, categories, latest, history, stage, limit, topics, similarities);
  const suggestions = pickDiverse(ranked, limit, plainlyAsked(turnEvidence.categories));
  const rankedFirst = suggestions[0] === undefined ? undefined : phraseWithUid(index, suggestions[0].phraseUid);
  const answer = chat === undefined ? undefined : productAnswer(index, chat, { content, latest, topics, similarities }, history.fits, rankedFirst);
  if (answer?.position !== undefined) putFirst(suggestions, index, answer.position, limit);
  if (reading.agentTurns.length === 0) withFirstReplyGreeting(suggestions, index, history, limit);
  if (chat === undefined) return { buyerTurn: reading.buyerTurn, suggestions };
  const first = suggestions[0] === undefined ? undefined : phraseWithUid(index, suggestions[0].phraseUid);
  return { buyerTurn: reading.buyerTurn, suggestions, product: suggestedProduct(chat, showsFacts(index, answer, first)) };
}

/**
 * The chat's product's answer goes first, scored as the first was: the buyer asked about this
 * product, and its own answer (or, lacking one, a holding reply) beats a general reply.
 */
function putFirst(suggestions: Suggestion[], index: LibraryIndex, position: number, limit: number): void {
  const uid = phraseUidAt(index.phrases, position);
  const at = suggestions.findIndex((suggestion) => suggestion.phraseUid === uid);
  const score = suggestions[0]?.score ?? 1;
  const existing = at >= 0 ? suggestions.splice(at, 1)[0] : undefined;
  const topic = columnItem(index.phrases.topics, position);
  const shortcut = columnItem(index.phrases.shortcuts, position);
  suggestions.unshift({
    phraseUid: uid,
    packId: index.phrases.packIds[index.phrases.packOf[position] ?? 0] ?? '',
    text: columnItem(index.phrases.texts, position),
    category: phraseCategory(index.phrases, position),
    ...(topic === '' ? {} : { topic }),
    ...(shortcut === '' ? {} : { shortcut }),
    score: Math.max(score, existing?.score ?? 0),
    reason: existing?.reason ?? { kind: 'context', matched: '' },
  });
  if (suggestions.length > limit) suggestions.length = limit;
}

/**
 * The agent's first reply of a conversation opens with a greeting: when none is suggested, the
 * last place goes to the greeting phrase this agent would pick (pinned, most used, or first).
 */
function withFirstReplyGreeting(suggestions: Suggestion[], index: LibraryIndex, history: History, limit: number): void {
  // Nothing understood (only emoji): no suggestions at all beats a greeting on its own.
  if (suggestions.length === 0 || limit < FIRST_REPLY_MIN_LIMIT) return;
  if (suggestions.some((suggestion) => suggestion.category === FIRST_REPLY_CATEGORY)) return;
  const lastScore = suggestions[suggestions.length - 1]?.score ?? 0;
  const opening = new Map<string, Evidence>([[FIRST_REPLY_CATEGORY, { confidence: lastScore, kind: 'context', matched: '' }]]);
  const noStage: ConversationStage = { categories: new Map(), leadingPhrases: new Map() };
  // Not ranked by the buyer's words: they asked something else; the greeting only opens the reply.
  const unmatched: MessageEvidence = { categories: new Map(), phrases: new Map() };
  const noTopics: TopicReading = { topics: new Float64Array(index.topicModel.topicIds.length), categories: new Map() };
  const greeting = rankPhrases(index, opening, unmatched, history, noStage, 1, noTopics, NO_SIMILARITIES, 0)[0]?.suggestion;
  if (greeting === undefined) return;
  if (suggestions.length >= limit) suggestions.pop();
  suggestions.push(greeting);
}

function categoryScores(
  latest: MessageEvidence,
  context: ContextEvidence,
  stage: ConversationStage,
  { continuing, newsSinceTurn }: { continuing: boolean; newsSinceTurn: boolean },
): Map<string, Evidence> {
  const turn = withOpeningsYielding(latest.categories);
  const turnConfidence = Math.max(0, ...[...turn.values()].map((evidence) => evidence.confidence));
  const turnLeads = !continuing && turnConfidence >= WEAK_TURN_CONFIDENCE;
  const turnFactor = continuing ? CONTINUATION_FACTOR : 1;
  return combineHints([
    scaled(turn, turnFactor),
    scaled(context.conversation, turnLeads ? CONTEXT_FACTOR : 1),
    scaled(context.notices, turnLeads ? NOTICE_FACTOR : 1),
    // A notice after the buyer's turn (an order placed since) is newer than what they said.
    scaled(stage.categories, turnLeads && !newsSinceTurn ? NOTICE_FACTOR : 1),
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

/** What the agent's own use says, per category. */
interface History {
  usageFor(category: string): Readonly<Record<string, number>>;
  /** Whether the phrase at a position may be offered in this conversation (its `requires` are shown). */
  fits(position: number): boolean;
  pinned: ReadonlySet<number>;
  /** The buyer's latest turn carries their own details (details-given.ts). */
  detailsGiven?: DetailsGiven;
  /** The buyer's latest turn says how long they have already waited (overdue-cues.ts). */
  overdue?: boolean;
  /** No product recognised in the chat: a holding reply does not lead a product question. */
  productUnknown?: boolean;
  /** Whether a phrase names goods the conversation never names (reply-kinds.ts). */
  presumesGoods(position: number): boolean;
}

function pinnedPositions(index: LibraryIndex, uids: readonly string[]): Set<number> {
  const positions = new Set<number>();
  for (const uid of uids) {
    const position = phraseWithUid(index, uid);
    if (position !== undefined) positions.add(position);
  }
  return positions;
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
  history: History,
  stage: ConversationStage,
  perCategory: number,
  topics: TopicReading,
  similarities: PhraseSimilarities,
  minScore: number = MIN_CATEGORY_SCORE,
): RankedPhrase[] {
  const ranked: RankedPhrase[] = [];
  const matchedByCategory = groupMatchedPhrases(index, latest);
  for (const [category, categoryEvidence] of categories) {
    if (categoryEvidence.confidence < minScore) continue;
    const shortlist: { position: number; fit: number }[] = [];
    const record = history.usageFor(category);
    const usage = { record, used: usedPhrases(index, record) };
    // Only phrases this conversation may be offered can lead (an apology that presumes a refund cannot).
    const leading = stage.leadingPhrases.get(category);
    // The topics whose phrases may lead the stage, read once for both kinds of leader below.
    const stageTopics = leading && leading.size > 0 ? likelyTopicsOf(index, topics, category, STAGE_TOPIC_SHARE) : [];
    const leaders = stageLeaders(index, topics, leading, stageTopics, perCategory, history.fits);
    const featured = new Set([...history.pinned, ...leaders]);
    for (const topic of likelyTopicsOf(index, topics, category, CANDIDATE_TOPIC_SHARE)) {
      const phrases = index.topicPhraseList.subarray(index.topicPhraseStarts[topic] ?? 0, index.topicPhraseStarts[topic + 1] ?? 0);
      for (const position of firstFitting(phrases, perCategory, history.fits)) featured.add(position);
    }
    for (const position of similarities.bestOfCategory(index.phrases.categoryIds.indexOf(category))) featured.add(position);
    const candidates = phraseCandidates(index, category, latest, matchedByCategory.get(category) ?? [], usage, featured, perCategory, history.fits);
    const bestTopic = bestTopicOf(index, topics, category);
    let bestSimilarity = 0;
    for (const { position } of candidates) bestSimilarity = Math.max(bestSimilarity, similarities.of(position));
    const fits = candidates.map(({ position, ownShare, usageShare }) => ({
      position,
      fit:
        1 -
        MATCH_SHARE *
          (OWN_WEIGHT * (1 - ownShare) +
            TOPIC_WEIGHT * (1 - Math.max(topicShareOf(index, topics, position, bestTopic), ownTopicShare(latest, position, ownShare))) +
            SIMILARITY_WEIGHT * (bestSimilarity > 0 ? 1 - similarities.of(position) / bestSimilarity : 0)) -
        USAGE_SHARE * (1 - usageShare) -
        detailsPenalty(index, position, history.detailsGiven) -
        (history.overdue === true && quotesUsualTimingAt(index, position) ? USUAL_TIMING_PENALTY : 0) -
        (history.productUnknown === true && category === PRODUCT_CATEGORY && isHoldingReply(index.products, position) ? PRODUCT_HOLDING_PENALTY : 0) -
        (category === PRODUCT_CATEGORY && history.presumesGoods(position) ? PRESUMED_GOODS_PENALTY : 0),
    }));
    // Of the phrases that answer the stage, the one that answers the message best leads: an
    // apology for a broken screen is the general breakage one the buyer's words match, not the
    // first apology of the topic (eggs).
    const staged = withStageLeaders(fits, new Set([...leaders, ...leadingCandidates(index, leading, stageTopics, candidates)]));
    const categoryHasPinned = candidates.some(({ position }) => history.pinned.has(position));
    for (const { position, fit } of staged) {
      const placed = history.pinned.has(position) ? PINNED_FLOOR + (1 - PINNED_FLOOR) * fit : PINNED_FLOOR * fit;
      insertBounded(shortlist, { position, fit: categoryHasPinned ? placed : fit }, perCategory);
    }
    for (const { position, fit } of shortlist) {
      const reason = latest.phrases.get(position)?.evidence ?? categoryEvidence;
      const shortcut = columnItem(index.phrases.shortcuts, position);
      const topic = columnItem(index.phrases.topics, position);
      ranked.push({
        position,
        suggestion: {
          phraseUid: phraseUidAt(index.phrases, position),
          packId: index.phrases.packIds[index.phrases.packOf[position] ?? 0] ?? '',
          text: columnItem(index.phrases.texts, position),
          category,
          ...(topic === '' ? {} : { topic }),
          ...(shortcut === '' ? {} : { shortcut }),
          score: categoryEvidence.confidence * fit,
          reason: { kind: reason.kind, matched: reason.matched },
        },
      });
    }
  }
  return ranked.sort((a, b) => b.suggestion.score - a.suggestion.score || a.position - b.position);
}

/**
 * The phrases that answer the conversation's stage and lead their category: those of the
 * category's likely topics, in the topics' order — an apology for a broken cup comes from the
 * damage answers, not from the first apology of the category (a late price-protection claim).
 * When those topics have none, the first in library order.
 */
function stageLeaders(
  index: LibraryIndex,
  topics: TopicReading,
  leading: ReadonlySet<number> | undefined,
  likely: readonly number[],
  count: number,
  fits: (position: number) => boolean,
): number[] {
  if (!leading || leading.size === 0) return [];
  if (likely.length === 0) return firstOf(leading, count, fits);
  const leaders: number[] = [];
  for (const topic of likely) {
    const end = index.topicPhraseStarts[topic + 1] ?? 0;
    for (let at = index.topicPhraseStarts[topic] ?? 0; at < end && leaders.length < count; at += 1) {
      const position = index.topicPhraseList[at] ?? 0;
      if (leading.has(position) && fits(position)) leaders.push(position);
    }
  }
  if (leaders.length > 0) return leaders;
  // A stage the buyer's words do not touch (an order just placed, "好的 我拍了") leads as written;
  // one they plainly answer with a topic of its own (付款一直失败 on an unpaid order) does not.
  const clearTopic = (topics.topics[likely[0] ?? 0] ?? 0) >= CLEAR_TOPIC_PROBABILITY;
  return clearTopic ? [] : firstOf(leading, count, fits);
}

/** The candidates that answer the stage, of the stage's likely topics (those stageLeaders reads). */
function leadingCandidates(
  index: LibraryIndex,
  leading: ReadonlySet<number> | undefined,
  likely: readonly number[],
  candidates: readonly { position: number }[],
): number[] {
  if (!leading || leading.size === 0 || likely.length === 0) return [];
  return candidates
    .map(({ position }) => position)
    .filter((position) => leading.has(position) && likely.includes(index.phraseTopics[position] ?? -1));
}

/** Stage leaders take the category's best fit (in their own order); the rest follow just below. */
function withStageLeaders(fits: { position: number; fit: number }[], leaders: ReadonlySet<number>): { position: number; fit: number }[] {
  if (!fits.some(({ position }) => leaders.has(position))) return fits;
  const best = Math.max(...fits.map(({ fit }) => fit));
  return fits.map(({ position, fit }) => ({
    position,
    fit: leaders.has(position) ? best * (1 - STAGE_LEAD_SPREAD * (1 - fit)) : Math.min(fit, best * STAGE_FOLLOWER_SHARE),
  }));
}

/**
 * How likely a phrase's topic counts as being, at least, when one of its own wordings is found
 * in the message (its share of the category's best match, times OWN_TOPIC_SHARE): 仅退款行不行
 * in a message full of 运费 is the 仅退款 reply's question, whatever the topic model reads.
 */
function ownTopicShare(latest: MessageEvidence, position: number, ownShare: number): number {
  const weight = latest.phrases.get(position)?.weight ?? 0;
  return weight >= OWN_TOPIC_MIN_WEIGHT ? OWN_TOPIC_SHARE * ownShare : 0;
}

/** Keeps `list` sorted by fit, then library position, and no longer than `size`. */
function insertBounded(list: { position: number; fit: number }[], entry: { position: number; fit: number }, size: number): void {
  const last = list[list.length - 1];
  if (list.length >= size && last && !fitsBefore(entry, last)) return;
  let at = list.length;
  while (at > 0 && fitsBefore(entry, list[at - 1] ?? entry)) at -= 1;
  list.splice(at, 0, entry);
  if (list.length > size) list.pop();
}

/** A plain function, not a closure made per call: insertBounded runs for every candidate phrase. */
function fitsBefore(a: { position: number; fit: number }, b: { position: number; fit: number }): boolean {
  return a.fit > b.fit || (a.fit === b.fit && a.position < b.position);
}

/** Phrases whose own triggers matched, per category, in the order they matched. */
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
 * The only phrases of a category that can make its shortlist: those whose own triggers
 * matched, those the agent has used or pinned, those the conversation's stage calls for, and the first few in library order (the rest tie with
 * these). Keeps a 100k-phrase library as fast as a small one.
 */
function phraseCandidates(
  index: LibraryIndex,
  category: string,
  latest: MessageEvidence,
  matched: readonly { position: number; weight: number }[],
  usage: { record: Readonly<Record<string, number>>; used: readonly { position: number; uid: string }[] },
  featured: ReadonlySet<number>,
  perCategory: number,
  fits: (position: number) => boolean,
): { position: number; ownShare: number; usageShare: number }[] {
  const positions = new Set<number>(firstFitting(phrasesInCategory(index, category), perCategory, fits));
  for (const position of featured) if (phraseCategory(index.phrases, position) === category && fits(position)) positions.add(position);
  let bestOwn = 0;
  for (const { position, weight } of matched) {
    if (!fits(position)) continue;
    positions.add(position);
    bestOwn = Math.max(bestOwn, weight);
  }
  let mostUsed = 0;
  for (const { position, uid } of usage.used) {
    if (phraseCategory(index.phrases, position) !== category || !fits(position)) continue;
    positions.add(position);
    mostUsed = Math.max(mostUsed, usageOf(usage.record, uid));
  }
  // Shares are relative to the category's best, so its best phrase scores as the category does.
  return [...positions].map((position) => ({
    position,
    ownShare: bestOwn > 0 ? (latest.phrases.get(position)?.weight ?? 0) / bestOwn : 1,
    usageShare: mostUsed > 0 ? Math.log1p(usageOf(usage.record, phraseUidAt(index.phrases, position))) / Math.log1p(Math.max(mostUsed, FULL_USAGE_VOTE)) : 1,
  }));
}

function usageOf(usage: Readonly<Record<string, number>>, uid: string | undefined): number {
  if (uid === undefined || !Object.hasOwn(usage, uid)) return 0;
  const count = usage[uid] ?? 0;
  return Number.isFinite(count) && count > 0 ? count : 0;
}

/**
 * The first three places: the best phrase of each likely category, but a category only takes a
 * place of its own while it is at least SECOND_CATEGORY_SHARE as likely as the best one — a
 * buyer who plainly asked one thing gets more answers to it (each from another topic first)
 * rather than replies to questions nobody asked. Then the rest by score.
 */
/**
 * Categories the buyer's own words ask for plainly (a wording of theirs found whole, 有现货吗 in
 * 有现货吗 能便宜点吗): each keeps a place of its own among the first three, however much likelier
 * another one is — a message with two questions gets answers to both.
 */
function plainlyAsked(turn: ReadonlyMap<string, Evidence>): ReadonlySet<string> {
  const asked = new Set<string>();
  for (const [category, evidence] of turn) {
    if (!OPENING_CATEGORIES.includes(category) && evidence.kind === 'trigger' && evidence.confidence >= PLAINLY_ASKED_CONFIDENCE) asked.add(category);
  }
  return asked;
}

function pickDiverse(ranked: readonly RankedPhrase[], limit: number, plainly: ReadonlySet<string>): Suggestion[] {
  const picked: Suggestion[] = [];
  const taken = new Set<number>();
  const coveredCategories = new Set<string>();
  const coveredTopics = new Set<string>();
  const best = ranked[0]?.suggestion.score ?? 0;
  const take = (entry: RankedPhrase): void => {
    taken.add(entry.position);
    coveredCategories.add(entry.suggestion.category);
    coveredTopics.add(topicKey(entry.suggestion));
    picked.push(entry.suggestion);
  };
  const slots = Math.min(limit, DISTINCT_CATEGORY_SLOTS);
  for (const entry of ranked) {
    if (picked.length >= slots) break;
    const ownPlace = entry.suggestion.score >= best * SECOND_CATEGORY_SHARE || plainly.has(entry.suggestion.category);
    if (coveredCategories.has(entry.suggestion.category) || !ownPlace) continue;
    take(entry);
  }
  // Places the unlikely categories left: more of the likely ones, a topic not shown yet first.
  for (const entry of ranked) {
    if (picked.length >= slots) break;
    if (taken.has(entry.position) || !coveredCategories.has(entry.suggestion.category) || coveredTopics.has(topicKey(entry.suggestion))) continue;
    take(entry);
  }
  for (const entry of ranked) {
    if (picked.length >= limit) break;
    if (!taken.has(entry.position)) take(entry);
  }
  return picked;
}

function topicKey(suggestion: Suggestion): string {
  return suggestion.topic ?? `${suggestion.category}.general`;
}

/**
 * A phrase fits unless it requires a state outside `shown` (bits of ORDER_STATES), or, once the
 * conversation shows the order shipped, it speaks only of an order not yet shipped (reviewers
 * rejected 34 of 35 such replies after 卖家已发货: "还没发货可以取消" to 我不要了 能拦截吗), or, when
 * the buyer says it has not shipped and nothing shows it has, it speaks only of a parcel on its way.
 */
function fitsStates(index: LibraryIndex, shown: number, saidNotShipped: boolean): (position: number) => boolean {
  const shipped = (shown & SHIPPED_BIT) !== 0;
  const unsent = saidNotShipped && !shipped;
  return (position) =>
    ((index.phrases.requires[position] ?? 0) & ~shown) === 0 &&
    !(shipped && presumesNotShippedAt(index, position)) &&
    !(unsent && presumesShippedAt(index, position));
}

const SHIPPED_BIT = orderStateMask(['shipped']);

/** presumesNotShipped per phrase, read from its text once per index. */
const presumesNotShippedAt = perPhraseText(presumesNotShipped);
/** presumesShipped per phrase, read from its text once per index. */
const presumesShippedAt = perPhraseText(presumesShipped);
/** Whether a phrase only quotes the usual timings (overdue-cues.ts), read once per phrase and index. */
const quotesUsualTimingAt = perPhraseText(quotesUsualTimingOnly);
/** Whether a phrase asks for the buyer's details, or says they came in (details-given.ts), read once per phrase and index. */
const asksForDetailsAt = perPhraseText(asksForDetails);
const acknowledgesDetailsAt = perPhraseText(acknowledgesDetails);

/** The first `count` positions that fit, in library order. */
function firstFitting(positions: Positions, count: number, fits: (position: number) => boolean): number[] {
  const first: number[] = [];
  for (const position of positions) {
    if (first.length >= count) break;
    if (fits(position)) first.push(position);
  }
  return first;
}

/** The first `count` items of a set, without copying the rest (a stage can lead thousands of phrases at 100k). */
function firstOf(items: ReadonlySet<number> | undefined, count: number, fits: (position: number) => boolean): number[] {
  const first: number[] = [];
  if (!items) return first;
  for (const item of items) {
    if (first.length >= count) break;
    if (fits(item)) first.push(item);
  }
  return first;
}
