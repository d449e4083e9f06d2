import { productFactsIn } from '../../schemas/phrase';
import { PRODUCT_NAME_FACT, type SuggestedProduct } from '../../schemas/product';
import type { Thread } from '../../schemas/thread';
import type { LibraryIndex } from '../library-index-types';
import type { MessageEvidence } from '../message-evidence';
import { perPhraseText } from '../phrase-text-reading';
import { columnItem } from '../string-column';
import type { TopicReading } from '../topic-reading';
import type { PhraseSimilarities } from '../trigger-similarity';
import { NO_MODEL_TOPIC } from '../topic-model/phrase-topics';
import { normalizeText } from '../normalize';
import {
  ANSWER_FIT_MIN,
  answerFit,
  askedPairs,
  buyerGrams,
  factValueSaying,
  filledAnswer,
  missesQuotedCodes,
  namesFact,
  normalisedFacts,
  preparedAnswer,
  quotedCodes,
  SCOPED_FIT_MIN,
  SCOPED_SHARE,
  tellingPairsSaid,
  type BuyerGrams,
  type PreparedAnswer,
} from './answer-fit';
import { isHoldingReply, PHRASE_FLAGS, phrasesScopedTo } from './product-index';
import { factsOf, recogniseProduct, type RecognisedProduct } from './recognise-product';

/** The chat's product as one suggestion request reads it. */
export interface ChatProduct {
  recognised: RecognisedProduct;
  facts: { name: string; value: string }[];
  /** Fact names a `{商品.X}` may ask for: the facts, and 名称. */
  known: ReadonlySet<string>;
  /** Positions of the phrases scoped to it. */
  scoped: ReadonlySet<number>;
}

export function chatProduct(index: LibraryIndex, thread: Thread): ChatProduct | undefined {
  const recognised = recogniseProduct(index.products, thread.product, thread.site);
  if (recognised === undefined) return undefined;
  const facts = factsOf(recognised);
  return {
    recognised,
    facts,
    known: new Set([PRODUCT_NAME_FACT, ...facts.map(({ name }) => name)]),
    scoped: new Set(phrasesScopedTo(index.products, recognised.position)),
  };
}

/**
 * Whether a phrase may be offered as far as products go: a scoped phrase only for a chat about
 * one of its products, a fact phrase only when the chat's product has every fact it writes.
 * Without a recognised product, neither — so the rest of the library ranks exactly as before.
 */
export function fitsProduct(index: LibraryIndex, chat: ChatProduct | undefined): (position: number) => boolean {
  const flags = index.products.phraseFlags;
  const factFits = new Map<number, boolean>();
  return (position) => {
    const own = flags[position] ?? 0;
    if ((own & (PHRASE_FLAGS.scoped | PHRASE_FLAGS.facts)) === 0) return true;
    if (chat === undefined) return false;
    if ((own & PHRASE_FLAGS.scoped) !== 0 && !chat.scoped.has(position)) return false;
    if ((own & PHRASE_FLAGS.facts) === 0) return true;
    let fits = factFits.get(position);
    if (fits === undefined) {
      fits = productFactsIn(columnItem(index.phrases.texts, position)).every((name) => chat.known.has(name));
      factFits.set(position, fits);
    }
    return fits;
  };
}

/** What the buyer's turn says, as the answer is chosen from it. */
export interface TurnReading {
  /** The buyer's turn, normalised (buyerContent). */
  content: string;
  latest: MessageEvidence;
  topics: TopicReading;
  similarities: PhraseSimilarities;
}

/** The answer to put first, and whether it is a holding reply (the facts card shows then). */
export interface ProductAnswer {
  /** The phrase to put first; undefined when not even a holding reply fits. */
  position: number | undefined;
  kind: 'scoped' | 'fact' | 'holding';
}

/** The model's likeliest topic counts as the question's only from this probability. */
const QUESTION_TOPIC_MIN = 0.25;
/** A phrase whose wording is found in the turn this share as strongly as the best one's answers it. */
const FOUND_SHARE = 0.4;
/** A phrase this alike to the buyer's turn (trigger-similarity.ts) answers it. */
const ALIKE_MIN = 0.6;
/** A fact phrase the product can fill fits at least this share as well as the best fact phrase of all. */
const SAME_QUESTION_SHARE = 0.8;
/** Fact phrases writing the same facts this close in fit say the same thing (plainest). */
const SAME_FIT_MARGIN = 0.5;
/** Without a matching wording, an answer this fitting still answers (0.6–0.8 scored alike on the labelled files; the stricter end). */
const OUTRIGHT_FIT_MIN = 0.8;
/** A reply's answer is its head when its first fact comes this early (characters after the greeting). */
const FACT_OPENS_WITHIN = 12;
/** The greeting a reply opens with, before its answer. */
const OPENING_GREETING = /^(?:亲亲?|您好)[，,～~！!]?/u;
/** How a reply names the product the buyer looks at. */
const ABOUT_THE_PRODUCT = '这款';

/**
 * When the turn asks something the library answers per product — a phrase scoped to the chat's
 * product matches it, or a fact phrase's wording does — the answer to put first: (1) a fact
 * phrase whose facts the product has (or a scoped phrase on the same question writing the same
 * facts, when it fits half as well; or any scoped phrase that fits better), (2) else the scoped
 * phrase when it fits outright, (3) else a holding reply of the question's topic or category
 * (and the facts card); a holding reply too when the buyer
 * quotes a display code the chosen answer does not explain. Undefined for any other turn:
 * suggestions stay as ranked — unless `ranked`, the ranking's first, is one of the product's
 * answers that nothing in the turn asks for and that does not fit it: a holding reply then.
 */
export function productAnswer(
  index: LibraryIndex,
  chat: ChatProduct,
  turn: TurnReading,
  fits: (position: number) => boolean,
  ranked?: number,
): ProductAnswer | undefined {
  const answer = answerByFit(index, chat, turn, fits, ranked);
  if (answer?.kind === 'holding') return valueAnswer(index, chat, turn, fits) ?? answer;
  if (answer === undefined || answer.position === undefined) return answer;
  const chosen = namedFactAnswer(index, chat, turn, fits, answer.position) ?? answer;
  return chosen.position === undefined || !leavesCodeUnexplained(index, chat, turn, chosen.position)
    ? chosen
    : holdingAnswer(index, chat, chosen.position, questionTopic(turn.topics), fits, matcher(index, turn, undefined));
}

/**
 * The buyer quotes a display code (屏幕显示E7) and the chosen answer, filled with the product's
 * facts, explains none of the codes quoted: the product's code list does not have it, so the
 * shop has to check (a holding reply, and the facts card) rather than send a list without it.
 */
function leavesCodeUnexplained(index: LibraryIndex, chat: ChatProduct, turn: TurnReading, position: number): boolean {
  const codes = quotedCodes(turn.content);
  if (codes.size === 0) return false;
  return missesQuotedCodes(codes, filledAnswer(preparedAt(index, position), normalisedFacts(chat.recognised.product.name, chat.facts)));
}

/**
 * When the buyer names one of the product's facts as a word (用什么电池 — the 电池 fact) and the
 * chosen answer writes none of the named facts, or is a phrase scoped to the product that writes
 * other facts besides, the fact phrase that writes one answers instead: a phrase scoped to the
 * product about a neighbouring matter (没电了怎么开门) may fit the rest of the turn better, but it
 * leaves what the buyer named unanswered or buries it. Undefined: keep the answer.
 */
function namedFactAnswer(index: LibraryIndex, chat: ChatProduct, turn: TurnReading, fits: (position: number) => boolean, chosen: number): ProductAnswer | undefined {
  const named = chat.facts.filter(({ name }) => namesFact(turn.content, normalizeText(name))).map(({ name }) => name);
  if (named.length === 0) return undefined;
  const written = preparedAt(index, chosen).facts;
  // A scoped phrase that writes the named fact beside others answers more than was asked
  // (含绒量多少: the down coat's phrase on warmth writes 含绒量 and 填充物); the plain one answers it.
  const answersNamed = written.some((name) => named.includes(name)) && !(chat.scoped.has(chosen) && written.some((name) => !named.includes(name)));
  if (answersNamed) return undefined;
  return factPhraseWriting(index, chat, turn, fits, (facts) => facts.some((name) => named.includes(name)));
}

/**
 * A holding reply was to lead, but one of the product's facts says in its value what the buyer
 * asks (factValueSaying: 有葡萄干吗 and the 配料 lists 葡萄干): the shop's data answers after all,
 * though neither a wording nor the fit found it, so the fact phrase writing that fact answers.
 */
function valueAnswer(index: LibraryIndex, chat: ChatProduct, turn: TurnReading, fits: (position: number) => boolean): ProductAnswer | undefined {
  const { product } = chat.recognised;
  const fact = factValueSaying(askedPairs(turn.content, [product.name, ...product.keywords]), chat.facts);
  if (fact === undefined) return undefined;
  return factPhraseWriting(index, chat, turn, fits, (facts) => facts.includes(fact));
}

/** The plainest of the best-fitting fact phrases the product can fill whose facts `writes` accepts. */
function factPhraseWriting(
  index: LibraryIndex,
  chat: ChatProduct,
  turn: TurnReading,
  fits: (position: number) => boolean,
  writes: (facts: readonly string[]) => boolean,
): ProductAnswer | undefined {
  const writing = Array.from(index.products.factPhraseList).filter((position) => fits(position) && writes(preparedAt(index, position).facts));
  const fit = fitter(index, chat, turn);
  const found = plainest(index, buyerGrams(turn.content, index.triggerGrams), writing, fit, bestFit(writing, fit));
  return found === undefined ? undefined : { position: found.position, kind: 'fact' };
}

/** productAnswer as the fit alone chooses it (before a fact the buyer names is checked). */
function answerByFit(
  index: LibraryIndex,
  chat: ChatProduct,
  turn: TurnReading,
  fits: (position: number) => boolean,
  ranked?: number,
): ProductAnswer | undefined {
  const question = questionTopic(turn.topics);
  // A lead's scoped phrase may stand in a topic without wordings of its own; a general fact
  // phrase shares its topic with other questions (发货地 beside 什么时候发货), so only its wording counts.
  const scopedMatch = matcher(index, turn, question);
  const factMatch = matcher(index, turn, undefined);
  const scoped = [...chat.scoped].filter(fits);
  const facts = Array.from(index.products.factPhraseList);
  const bestScoped = best(scoped, scopedMatch);
  const bestFact = best(facts, factMatch);
  const fit = fitter(index, chat, turn);
  const scopedFit = bestFit(scoped, fit);
  const factFit = plainest(index, buyerGrams(turn.content, index.triggerGrams), facts.filter(fits), fit, bestFit(facts.filter(fits), fit));
  // Neither a scoped phrase nor any fact phrase matches a wording: a question the products answer
  // only when one of the product's answers fits it outright (内胆是316的吗 against 内胆316不锈钢).
  if (bestScoped === undefined && bestFact === undefined) {
    const outright = factFit === undefined || (scopedFit !== undefined && scopedFit.score > factFit.score) ? scopedFit : factFit;
    if (outright !== undefined && outright.score >= OUTRIGHT_FIT_MIN) return { position: outright.position, kind: outright === scopedFit ? 'scoped' : 'fact' };
    // The ranking would still put one of the product's answers first on the strength of its
    // topic alone: an answer no wording asks for and whose text does not fit is a guess about
    // the product, so a holding reply of that answer's topic leads instead.
    if (ranked === undefined || !isProductAnswer(index, ranked) || fit(ranked) >= ANSWER_FIT_MIN) return undefined;
    return holdingAnswer(index, chat, ranked, question, fits, factMatch);
  }
  // The best wording asks for a fact this product lacks (容量 of a toothbrush): a fact phrase it
  // can fill answers only when it fits nearly as well — a wording of the same question.
  const askedFit = bestFit(facts, fit);
  const answers = (fit: { score: number } | undefined): boolean => fit !== undefined && fit.score >= ANSWER_FIT_MIN && fit.score >= SAME_QUESTION_SHARE * (askedFit?.score ?? 0);
  if (factFit !== undefined && answers(factFit)) {
    // A fact phrase answers. A phrase the lead scoped to this product that writes the same facts
    // says it for this product, with the lead's own words around them: it leads when it fits at
    // least SCOPED_SHARE as well, if it is about the same question — the buyer's wording of it,
    // or the fact phrase's topic with the fact at its head (the cup's own warranty answer:
    // 这款保温杯{商品.保修}…). A phrase that only ends with the fact after advice on another matter
    // (the pot's wattage after what it cooks, the cup's keep-warm hours after how not to scald a
    // child, a warranty after how to fix a leak) buries the answer: it leads, like any other,
    // only when it fits the turn better (电池多大: the battery fact, not the phone's phrase about
    // heat). The labellers took the plain fact phrase over such a phrase on most such lines.
    const sameQuestion = scoped.filter(
      (position) =>
        factMatch(position) > 0 ||
        (index.phraseTopics[position] === index.phraseTopics[factFit.position] && opensWithFactAt(index, position)),
    );
    const own = scopedWritingFactsOf(index, sameQuestion, factFit.position, fit, SCOPED_SHARE * factFit.score);
    if (own !== undefined) return { position: own, kind: 'scoped' };
    if (scopedFit !== undefined && scopedFit.score >= SCOPED_FIT_MIN && scopedFit.score > factFit.score) return { position: scopedFit.position, kind: 'scoped' };
    return { position: factFit.position, kind: 'fact' };
  }
  // No fact phrase answers: the lead's phrase for this product does when it fits by
  // SCOPED_FIT_MIN. Below that it is about a neighbouring matter of the product (声音延迟吗
  // against the earbuds' phrase on one side staying silent), and the shop has to check.
  if (scopedFit !== undefined && scopedFit.score >= SCOPED_FIT_MIN && scopedFit.score >= SCOPED_SHARE * (factFit?.score ?? 0)) {
    return { position: scopedFit.position, kind: 'scoped' };
  }
  // Nothing the product has answers it well enough: a holding reply of the question's own topic.
  return holdingAnswer(index, chat, bestFact?.position ?? bestScoped?.position, question, fits, factMatch);
}

/** A holding reply of the topic of the phrase the turn asks by (else the model's topic for the turn). */
function holdingAnswer(
  index: LibraryIndex,
  chat: ChatProduct,
  askedBy: number | undefined,
  question: number | undefined,
  fits: (position: number) => boolean,
  match: (position: number) => number,
): ProductAnswer {
  const topic = askedBy === undefined ? NO_MODEL_TOPIC : (index.phraseTopics[askedBy] ?? NO_MODEL_TOPIC);
  const asked = topic === NO_MODEL_TOPIC ? question : topic;
  const category = asked === undefined ? undefined : index.topicModel.topicCategories[asked];
  const ownPack = index.phrases.packIds.indexOf(chat.recognised.product.packId);
  return { position: holdingReply(index, asked, category, fits, match, ownPack), kind: 'holding' };
}

/** How well each candidate answers the turn (answer-fit.ts), computed once per position. */
function fitter(index: LibraryIndex, chat: ChatProduct, turn: TurnReading): (position: number) => number {
  const buyer = buyerGrams(turn.content, index.triggerGrams);
  const factValue = normalisedFacts(chat.recognised.product.name, chat.facts);
  const fits = new Map<number, number>();
  return (position) => {
    let fit = fits.get(position);
    if (fit === undefined) {
      const answer = preparedAt(index, position);
      const topic = index.phraseTopics[position] ?? NO_MODEL_TOPIC;
      fit = answerFit(buyer, {
        triggerBigrams: answer.triggerBigrams,
        filled: filledAnswer(answer, factValue),
        alike: turn.similarities.of(position),
        topic: topic === NO_MODEL_TOPIC ? 0 : (turn.topics.topics[topic] ?? 0),
      });
      fits.set(position, fit);
    }
    return fit;
  };
}

/**
 * Among fact phrases that write the same facts and fit about as well as the best (within
 * SAME_FIT_MARGIN), the one whose own words after the facts say most of what the buyer asked
 * (收到的都是近期生产的 for 是最近生产的吧); between those saying none of it, the one that says
 * least besides the facts: it makes no extra claim (放心用) the agent would have to stand
 * behind. Keeps the best one's score.
 */
function plainest(
  index: LibraryIndex,
  buyer: BuyerGrams,
  positions: readonly number[],
  fit: (position: number) => number,
  found: { position: number; score: number } | undefined,
): { position: number; score: number } | undefined {
  if (found === undefined) return undefined;
  const prepared = preparedAnswers(index);
  const own = prepared.get(found.position);
  if (own === undefined) return found;
  const facts = factKey(own);
  let position = found.position;
  let said = saidAfterFacts(buyer, own);
  let extra = extraLength(own);
  for (const other of positions) {
    const answer = prepared.get(other);
    if (answer === undefined || other === found.position || fit(other) < found.score - SAME_FIT_MARGIN) continue;
    if (factKey(answer) !== facts) continue;
    const otherSaid = saidAfterFacts(buyer, answer);
    const length = extraLength(answer);
    if (otherSaid > said || (otherSaid === said && length < extra)) {
      position = other;
      said = otherSaid;
      extra = length;
    }
  }
  return { position, score: found.score };
}

/** How much of what the buyer wrote a phrase says after its last fact (its own claim about them). */
function saidAfterFacts(buyer: BuyerGrams, answer: PreparedAnswer): number {
  return answer.facts.length === 0 ? 0 : tellingPairsSaid(buyer, answer.parts[answer.parts.length - 1] ?? '');
}

const factKey = (answer: PreparedAnswer): string => [...new Set(answer.facts)].sort().join('|');
const extraLength = (answer: PreparedAnswer): number => answer.parts.reduce((sum, part) => sum + part.length, 0);

/** The best fitting of the scoped phrases that write every fact `factPhrase` writes, fitting at least `minimum`. */
function scopedWritingFactsOf(index: LibraryIndex, scoped: readonly number[], factPhrase: number, fit: (position: number) => number, minimum: number): number | undefined {
  const written = preparedAt(index, factPhrase).facts;
  if (written.length === 0) return undefined;
  let found: { position: number; score: number } | undefined;
  for (const position of scoped) {
    const own = preparedAt(index, position).facts;
    if (!written.every((name) => own.includes(name))) continue;
    const score = fit(position);
    if (score >= minimum && (found === undefined || score > found.score)) found = { position, score };
  }
  return found?.position;
}

/** A phrase that answers from the product: scoped to it, or writing its facts (not a holding reply). */
function isProductAnswer(index: LibraryIndex, position: number): boolean {
  const flags = index.products.phraseFlags[position] ?? 0;
  return (flags & PHRASE_FLAGS.holding) === 0 && (flags & (PHRASE_FLAGS.scoped | PHRASE_FLAGS.facts)) !== 0;
}

function bestFit(positions: readonly number[], fit: (position: number) => number): { position: number; score: number } | undefined {
  let found: { position: number; score: number } | undefined;
  for (const position of positions) {
    const score = fit(position);
    if (found === undefined || score > found.score) found = { position, score };
  }
  return found;
}

/**
 * Phrases normalised for the fit, per library index: an index never changes once built, and
 * normalising a phrase's triggers and text on every request would cost more than the rest.
 */
const PREPARED = new WeakMap<LibraryIndex, Map<number, PreparedAnswer>>();

function preparedAnswers(index: LibraryIndex): Map<number, PreparedAnswer> {
  let prepared = PREPARED.get(index);
  if (prepared === undefined) {
    prepared = new Map();
    PREPARED.set(index, prepared);
  }
  return prepared;
}

/** The phrase at `position` prepared for the fit (once per library index). */
function preparedAt(index: LibraryIndex, position: number): PreparedAnswer {
  const prepared = preparedAnswers(index);
  let answer = prepared.get(position);
  if (answer === undefined) {
    answer = preparedAnswer(columnItem(index.phrases.texts, position), phraseTriggers(index, position));
    prepared.set(position, answer);
  }
  return answer;
}

/**
 * Whether a phrase's answer is its head: the first product fact comes within FACT_OPENS_WITHIN
 * characters of the greeting (亲，这款保温杯{商品.保修}, 亲，{商品.兼容}；…), not after advice on
 * something else (亲，刚倒开水小朋友直接吸会烫，建议…；{商品.保温时长}). Read once per phrase and index.
 */
const opensWithFactAt = perPhraseText((text) => {
  const at = text.replace(OPENING_GREETING, '').indexOf('{商品.');
  return at !== -1 && at <= FACT_OPENS_WITHIN;
});

function phraseTriggers(index: LibraryIndex, position: number): string[] {
  const triggers: string[] = [];
  const end = index.phrases.triggerStarts[position + 1] ?? 0;
  for (let at = index.phrases.triggerStarts[position] ?? 0; at < end; at += 1) triggers.push(columnItem(index.phrases.triggers, at));
  return triggers;
}

/**
 * Whether the facts card shows: a holding reply leads because the product has no answer, or the
 * engine's own first reply to a question about the product (its topic holds fact phrases) is a
 * holding reply anyway — either way the agent answers from the facts.
 */
export function showsFacts(index: LibraryIndex, answer: ProductAnswer | undefined, firstPosition: number | undefined): boolean {
  if (answer?.kind === 'holding') return true;
  if (answer !== undefined || firstPosition === undefined) return false;
  if (!isHoldingReply(index.products, firstPosition)) return false;
  const topic = index.phraseTopics[firstPosition] ?? NO_MODEL_TOPIC;
  if (topic === NO_MODEL_TOPIC) return false;
  const end = index.topicPhraseStarts[topic + 1] ?? 0;
  for (let at = index.topicPhraseStarts[topic] ?? 0; at < end; at += 1) {
    if (((index.products.phraseFlags[index.topicPhraseList[at] ?? 0] ?? 0) & PHRASE_FLAGS.facts) !== 0) return true;
  }
  return false;
}

/** The recognised product as the result carries it. */
export function suggestedProduct(chat: ChatProduct, showFacts: boolean): SuggestedProduct {
  const { product, sku } = chat.recognised;
  return { uid: product.uid, name: product.name, ...(sku === undefined ? {} : { sku: sku.name }), facts: chat.facts, showFacts };
}

function questionTopic(reading: TopicReading): number | undefined {
  let best: number | undefined;
  let probability = QUESTION_TOPIC_MIN;
  reading.topics.forEach((value, topic) => {
    if (value >= probability) {
      best = topic;
      probability = value;
    }
  });
  return best;
}

/**
 * How well a phrase answers the turn (0: it does not): its own wording found in the turn about
 * as well as the best wording found there (a partial 发货 in 什么时候发货 does not ask 发货地),
 * or its wordings as alike to the turn as a near copy, or — for `question`, a scoped phrase —
 * its topic the turn's likeliest.
 */
function matcher(index: LibraryIndex, turn: TurnReading, question: number | undefined): (position: number) => number {
  let bestWording = 0;
  for (const { weight } of turn.latest.phrases.values()) bestWording = Math.max(bestWording, weight);
  return (position) => {
    const wording = bestWording > 0 ? (turn.latest.phrases.get(position)?.weight ?? 0) / bestWording : 0;
    const alike = turn.similarities.of(position);
    const topic = index.phraseTopics[position] ?? NO_MODEL_TOPIC;
    const sameTopic = question !== undefined && topic === question;
    if (wording < FOUND_SHARE && alike < ALIKE_MIN && !sameTopic) return 0;
    return wording + alike + (topic === NO_MODEL_TOPIC ? 0 : (turn.topics.topics[topic] ?? 0));
  };
}

function best(positions: readonly number[], match: (position: number) => number): { position: number; score: number } | undefined {
  let found: { position: number; score: number } | undefined;
  for (const position of positions) {
    const score = match(position);
    if (score > 0 && (found === undefined || score > found.score)) found = { position, score };
  }
  return found;
}

/**
 * The holding reply of the question's topic that fits the turn best, else its category's first.
 * The product's own pack goes first at each step: a lead who wrote a holding reply for the topic
 * wants the shop's wording, not the default pack's.
 */
function holdingReply(
  index: LibraryIndex,
  topic: number | undefined,
  category: number | undefined,
  fits: (position: number) => boolean,
  match: (position: number) => number,
  ownPack: number,
): number | undefined {
  const holding = (position: number): boolean => isHoldingReply(index.products, position) && fits(position);
  const ownFirst = (positions: number[]): number[] => {
    const own = positions.filter((position) => index.phrases.packOf[position] === ownPack);
    return own.length > 0 ? own : positions;
  };
  if (topic !== undefined) {
    const inTopic = ownFirst(Array.from(index.topicPhraseList.subarray(index.topicPhraseStarts[topic] ?? 0, index.topicPhraseStarts[topic + 1] ?? 0)).filter(holding));
    // A holding reply about the product (这款…) before one about the buyer's order (这单…).
    const aboutProduct = inTopic.filter((position) => columnItem(index.phrases.texts, position).includes(ABOUT_THE_PRODUCT));
    const first = best(aboutProduct, match)?.position ?? aboutProduct[0] ?? best(inTopic, match)?.position ?? inTopic[0];
    if (first !== undefined) return first;
  }
  if (category === undefined) return undefined;
  const categoryId = index.topicModel.categoryIds[category];
  const number = index.phrases.categoryIds.indexOf(categoryId ?? '');
  if (number < 0) return undefined;
  const inCategory = Array.from(index.categoryPhraseList.subarray(index.categoryPhraseStarts[number] ?? 0, index.categoryPhraseStarts[number + 1] ?? 0)).filter(holding);
  return ownFirst(inCategory)[0];
}
