import { PRODUCT_NAME_FACT } from '../../schemas/product';
import { bigramCodesOf, codePointsOf, gramText } from '../gram-codes';
import { weightOfCode, type GramTable } from '../gram-table';
import { normalizeText } from '../normalize';

/**
 * How well one candidate answer (a phrase scoped to the chat's product, or a general fact phrase
 * the product can fill) fits the buyer's question, read from evidence that does not depend on
 * any one wording: how alike the buyer is to the phrase's triggers, and how much of what the
 * buyer wrote the answer itself says once filled with the product's facts (内胆是316的吗 is
 * answered by "杯身内胆316不锈钢", whatever the phrase's triggers say).
 */
export interface AnswerCandidate {
  /** Each of the phrase's triggers' bigrams, normalised (preparedAnswer). */
  triggerBigrams: readonly (readonly number[])[];
  /** The phrase's text, normalised, with `{商品.X}` filled from the product (a fact it lacks left empty). */
  filled: string;
  /** trigger-similarity.ts for this phrase, 0..1. */
  alike: number;
  /** The topic model's probability that the turn asks this phrase's topic, 0..1. */
  topic: number;
}

/**
 * Weights and threshold chosen on a labelled product-question file, tuned on half its products
 * and checked on the other half (see the commit that set them). The filled text weighs most: it
 * is what carries over to wordings no trigger foresaw.
 */
const WEIGHTS = Object.freeze({
  alike: 0.5,
  topic: 0.25,
  /** Share of the buyer's rarity-weighted bigrams the filled answer has. */
  filledBigrams: 1,
  /** Share of the buyer's telling characters the filled answer has. */
  filledCharacters: 1,
  /** Best share of a trigger's bigrams the buyer wrote. */
  triggerBigrams: 0.5,
});

/** Below this fit no candidate answers the question: a holding reply goes first. */
export const ANSWER_FIT_MIN = 0.6;
/**
 * A phrase a lead scoped to this product answers first from this fit, when it fits at least
 * SCOPED_SHARE as well as the best general fact phrase: the lead wrote it for this very
 * product, and it often answers in words of its own (保暖吗 answered with the 含绒量 filled in).
 */
export const SCOPED_FIT_MIN = 0.8;
export const SCOPED_SHARE = 0.5;

/**
 * Characters every question has (particles, question words, pronouns): they tell no answer
 * from another, so character overlap leaves them out.
 */
const UNTELLING = new Set(Array.from('的了吗呢啊呀吧么嘛是不有没个这那哪我你他她它们也还就都和与或在要会能可以多少怎什啥咋一'));

/** The buyer's turn as every candidate is compared with it: computed once per request. */
export interface BuyerGrams {
  content: string;
  bigrams: ReadonlySet<number>;
  /** Rarity weight of each of the buyer's bigrams, and their sum. */
  bigramWeights: ReadonlyMap<number, number>;
  bigramInformation: number;
  characters: ReadonlySet<string>;
}

export function buyerGrams(content: string, table: GramTable): BuyerGrams {
  const bigramWeights = new Map<number, number>();
  for (const code of bigramCodesOf(codePointsOf(content))) bigramWeights.set(code, weightOfCode(table, code));
  let bigramInformation = 0;
  for (const weight of bigramWeights.values()) bigramInformation += weight;
  return { content, bigrams: new Set(bigramWeights.keys()), bigramWeights, bigramInformation, characters: tellingCharacters(content) };
}

export function answerFit(buyer: BuyerGrams, candidate: AnswerCandidate): number {
  const filled = candidate.filled;
  let filledBigrams = 0;
  if (buyer.bigramInformation > 0) {
    const answerBigrams = new Set(bigramCodesOf(codePointsOf(filled)));
    let shared = 0;
    for (const [code, weight] of buyer.bigramWeights) if (answerBigrams.has(code)) shared += weight;
    filledBigrams = shared / buyer.bigramInformation;
  }
  const filledCharacters = shareIn(buyer.characters, tellingCharacters(filled));
  let triggerBigrams = 0;
  for (const grams of candidate.triggerBigrams) {
    if (grams.length > 0) triggerBigrams = Math.max(triggerBigrams, grams.filter((code) => buyer.bigrams.has(code)).length / grams.length);
  }
  return (
    WEIGHTS.alike * candidate.alike +
    WEIGHTS.topic * candidate.topic +
    WEIGHTS.filledBigrams * filledBigrams +
    WEIGHTS.filledCharacters * filledCharacters +
    WEIGHTS.triggerBigrams * triggerBigrams
  );
}

/**
 * What of a phrase the fit reads, normalised once per library index rather than per request:
 * its triggers' bigrams, and its text cut around its `{商品.X}` placeholders.
 */
export interface PreparedAnswer {
  triggerBigrams: number[][];
  /** Normalised text between placeholders: one more than `facts`. */
  parts: string[];
  /** The fact each placeholder asks for, in order. */
  facts: string[];
}

const PLACEHOLDER = /\{商品\.([^{}.|\s]{1,16})\}/u;

export function preparedAnswer(text: string, triggers: readonly string[]): PreparedAnswer {
  const pieces = text.split(PLACEHOLDER);
  return {
    triggerBigrams: triggers.map((trigger) => bigramCodesOf(codePointsOf(normalizeText(trigger)))),
    parts: pieces.filter((_piece, at) => at % 2 === 0).map(normalizeText),
    facts: pieces.filter((_piece, at) => at % 2 === 1),
  };
}

/** The prepared text with the product's facts written in (normalised; a fact it lacks: nothing). */
export function filledAnswer(answer: PreparedAnswer, factValue: (name: string) => string): string {
  let filled = answer.parts[0] ?? '';
  answer.facts.forEach((name, at) => {
    filled += factValue(name) + (answer.parts[at + 1] ?? '');
  });
  return filled;
}

/** The product's name and facts, normalised, by fact name (名称: the name). */
export function normalisedFacts(name: string, facts: readonly { name: string; value: string }[]): (fact: string) => string {
  const values = new Map(facts.map((fact) => [fact.name, normalizeText(fact.value)]));
  values.set(PRODUCT_NAME_FACT, normalizeText(name));
  return (fact) => values.get(fact) ?? '';
}

/**
 * How many of the buyer's word pairs `text` says, counting only pairs of telling characters
 * (生产 in 是最近生产的吧; not 什么 or 的时).
 */
export function tellingPairsSaid(buyer: BuyerGrams, text: string): number {
  if (text === '') return 0;
  const said = new Set(bigramCodesOf(codePointsOf(text)));
  let found = 0;
  for (const code of buyer.bigrams) {
    if (!said.has(code)) continue;
    const pair = gramText(code);
    if (Array.from(pair).every((character) => !UNTELLING.has(character) && character.trim() !== '')) found += 1;
  }
  return found;
}

/** Characters that end a word in a question: the untelling ones, and 几 (电池几节, 含绒量几成). */
const WORD_ENDS = new Set([...UNTELLING, '几']);
const HAN = /\p{Script=Han}/u;

/**
 * Whether the buyer's turn (normalised) names a fact as a word of its own: the fact's name
 * (two characters or more, normalised) followed by the turn's end, a particle or question word,
 * or anything but a Chinese character (用什么电池, 电池能用多久, 含绒量多少). Followed by
 * another character it is part of a longer word about something else: 充电 in 充电头.
 */
export function namesFact(content: string, name: string): boolean {
  if (Array.from(name).length < 2) return false;
  for (let at = content.indexOf(name); at >= 0; at = content.indexOf(name, at + 1)) {
    const next = content.slice(at + name.length).codePointAt(0);
    if (next === undefined) return true;
    const character = String.fromCodePoint(next);
    if (!HAN.test(character) || WORD_ENDS.has(character)) return true;
  }
  return false;
}

/**
 * The pairs of telling Chinese characters the buyer wrote (no particle, question word or 几 in
 * them), leaving out those of the product's own name and keywords (保温杯 says which product, not
 * what is asked about it).
 */
export function askedPairs(content: string, productTerms: readonly string[]): number[] {
  const own = new Set<number>();
  for (const term of productTerms) for (const code of bigramCodesOf(codePointsOf(normalizeText(term)))) own.add(code);
  return bigramCodesOf(codePointsOf(content)).filter((code) => {
    if (own.has(code)) return false;
    const pair = Array.from(gramText(code));
    return pair.length === 2 && pair.every((character) => HAN.test(character) && !WORD_ENDS.has(character));
  });
}

/** A fact's value says the buyer's question from this many of its asked pairs. */
const VALUE_PAIRS_MIN = 2;

/**
 * The one fact whose value says what the buyer asks: at least VALUE_PAIRS_MIN of the asked pairs
 * that no other fact of the product has in its value (葡萄干 in the nuts' 配料; 炸篮, which three
 * of the fryer's facts mention, tells none of them apart), and more of them than any other fact.
 * Undefined when no fact, or two alike, say it.
 */
export function factValueSaying(asked: readonly number[], facts: readonly { name: string; value: string }[]): string | undefined {
  const values = facts.map(({ value }) => new Set(bigramCodesOf(codePointsOf(normalizeText(value)))));
  let found: { name: string; pairs: number } | undefined;
  let tied = false;
  facts.forEach(({ name }, at) => {
    const own = values[at];
    if (own === undefined) return;
    const pairs = asked.filter((code) => own.has(code) && values.every((other, where) => where === at || !other.has(code))).length;
    if (pairs < VALUE_PAIRS_MIN) return;
    if (found === undefined || pairs > found.pairs) {
      found = { name, pairs };
      tied = false;
    } else if (pairs === found.pairs) tied = true;
  });
  return tied ? undefined : found?.name;
}

/** A display code as a shop's fact writes it: E21, E5 (the letter, then the number). */
const WRITTEN_CODE = /(?<![a-z])e0*(\d{1,3})(?!\d)/gu;
/** A display code as a buyer quotes it, normalised: as written (E21, e05), or 错误5, 故障码3, 报错e7. */
const QUOTED_CODE = new RegExp(`${WRITTEN_CODE.source}|(?:错误|故障|报错|代码)(?:代码|码)?e?0*(\\d{1,3})(?!\\d)`, 'gu');

/** The numbers of the display codes the buyer's turn (normalised) quotes: 显示e21 → 21, 报错误5 → 5. */
export function quotedCodes(content: string): Set<number> {
  const codes = new Set<number>();
  for (const match of content.matchAll(QUOTED_CODE)) codes.add(Number(match[1] ?? match[2]));
  return codes;
}

/**
 * Whether an answer (normalised, facts filled) explains none of the codes the buyer quoted: a
 * code list that lacks E7 does not tell the buyer what E7 means, whatever else it lists.
 */
export function missesQuotedCodes(codes: ReadonlySet<number>, filled: string): boolean {
  if (codes.size === 0) return false;
  for (const match of filled.matchAll(WRITTEN_CODE)) if (codes.has(Number(match[1]))) return false;
  return true;
}

function tellingCharacters(text: string): Set<string> {
  const characters = new Set<string>();
  for (const character of text) if (!UNTELLING.has(character) && character.trim() !== '') characters.add(character);
  return characters;
}

/** The share of `part`'s members that `whole` has (0 for an empty part). */
function shareIn(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let found = 0;
  for (const member of part) if (whole.has(member)) found += 1;
  return found / part.size;
}
