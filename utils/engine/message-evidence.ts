import { accumulatorFor } from './accumulator';
import { contentOf } from './continuation';
import { addToPairs } from './flat-pairs';
import { associationScores } from './gram-association';
import { bigramCodesOf, codePointsOf, gramText } from './gram-codes';
import { addToPostings, postingsOfCode, weightOfCode } from './gram-table';
import { triggerOriginal, type LibraryIndex } from './library-index';
import { FIRM_MATCH_STRENGTH, matchTriggers } from './match-triggers';
import { normalizeText } from './normalize';
import { phraseCategory } from './phrase-columns';
import { triggerPhrases, triggerSource } from './trigger-columns';

/** Why a category or phrase looks right, as the agent will read it. */
export interface Evidence {
  /** 0..1 */
  confidence: number;
  kind: 'trigger' | 'text' | 'context';
  matched: string;
}

/** What one message says about each category, and about each phrase that matched directly. */
export interface MessageEvidence {
  categories: Map<string, Evidence>;
  /** phrase position → how well its own triggers matched (raw, comparable within one message). */
  phrases: Map<number, { weight: number; evidence: Evidence }>;
}

/**
 * Information a fully matched trigger needs for a confidence of about 0.63; a short common
 * trigger such as 在吗 says less than a long specific one such as 能开专票吗.
 */
const INFORMATION_SCALE = 6;
/**
 * A trigger counts by how much of the message it explains, softly (square root): 麻烦您了
 * closing a long delivery complaint explains little of it; 能开发票吗 explains all of its message.
 */
const COVERAGE_EXPONENT = 0.5;
/** Summed log-likelihood ratio for a confidence of about 0.63. */
const ASSOCIATION_SCALE = 4;
/** An agent's phrase text is how the seller answers, weaker proof of what the buyer asked. */
const TEXT_SOURCE_FACTOR = 0.5;
/**
 * A category whose triggers the message only echoes gram by gram is less certain than one
 * with a trigger found whole.
 */
const GRAMS_ONLY_FACTOR = 0.8;
/** A partial match ranks phrases within a category, always below a firm match. */
const PARTIAL_MATCH_FACTOR = 0.2;
/** Further triggers of the same category add a little, so several hints beat one. */
const EXTRA_EVIDENCE_FACTOR = 0.25;

function emptyEvidence(): MessageEvidence {
  return { categories: new Map(), phrases: new Map() };
}

/**
 * What a buyer message says, read from the library's own buyer triggers, so a pack with its
 * own category and triggers needs no code. Two readings, combined per category as
 * independent hints:
 * - triggers found in the message (or resembling it), weighted by how telling they are and
 *   how much of the message they explain; a trigger listed by phrases of several categories
 *   splits its weight between them;
 * - the message's grams, by how typical each is of a category's triggers (gram-association.ts),
 *   for questions that repeat no trigger word for word.
 * Acknowledging clauses ("好的 那退款以后…") are left out first (continuation.ts).
 */
export function evidenceFromBuyerMessage(index: LibraryIndex, message: string): MessageEvidence {
  return evidenceFromBuyerContent(index, buyerContent(message));
}

/** What a buyer message asks, as every reading of it compares: chat noise left aside, normalised. */
export function buyerContent(message: string): string {
  return normalizeText(contentOf(message));
}

/** evidenceFromBuyerMessage for a message already reduced to its content (buyerContent). */
export function evidenceFromBuyerContent(index: LibraryIndex, normalized: string): MessageEvidence {
  const evidence = emptyEvidence();
  const perCategory = new Map<string, { best: number; total: number; matched: string; kind: Evidence['kind'] }>();

  for (const match of matchTriggers(index, normalized)) {
    const source = triggerSource(index.triggers, match.trigger);
    const firm = match.strength >= FIRM_MATCH_STRENGTH;
    const sourceFactor = source === 'text' ? TEXT_SOURCE_FACTOR : 1;
    const fit = match.information * sourceFactor * match.coverage ** COVERAGE_EXPONENT;
    const weight = firm ? match.strength * fit : PARTIAL_MATCH_FACTOR * fit;
    const kind: Evidence['kind'] = source;
    let original: string | undefined;

    const phrases = triggerPhrases(index.triggers, match.trigger);
    // [category number, share, …] in order of first sight
    const categoryShares: number[] = [];
    // One reason for every phrase of this trigger: nothing changes it once made.
    let reason: Evidence | undefined;
    for (const position of phrases) {
      addToPairs(categoryShares, index.phrases.categoryOf[position] ?? 0, 1 / phrases.length);
      const previous = evidence.phrases.get(position);
      if (!previous || previous.weight < weight) {
        original ??= triggerOriginal(index, match.trigger);
        reason ??= { confidence: 0, kind, matched: original };
        evidence.phrases.set(position, { weight, evidence: reason });
      }
    }
    if (!firm) continue;
    original ??= triggerOriginal(index, match.trigger);
    for (let i = 0; i < categoryShares.length; i += 2) {
      const category = index.phrases.categoryIds[categoryShares[i] ?? 0] ?? '';
      const value = weight * (categoryShares[i + 1] ?? 0);
      const entry = perCategory.get(category);
      if (!entry) perCategory.set(category, { best: value, total: value, matched: original, kind });
      else {
        entry.total += value;
        if (value > entry.best) Object.assign(entry, { best: value, matched: original, kind });
      }
    }
  }

  for (const [category, entry] of perCategory) {
    const combined = entry.best + EXTRA_EVIDENCE_FACTOR * Math.min(entry.best, entry.total - entry.best);
    evidence.categories.set(category, {
      confidence: 1 - Math.exp(-combined / INFORMATION_SCALE),
      kind: entry.kind,
      matched: entry.matched,
    });
  }
  for (const [category, association] of associationScores(index, codePointsOf(normalized))) {
    const confidence = 1 - Math.exp(-association.score / ASSOCIATION_SCALE);
    const current = evidence.categories.get(category);
    if (current) {
      current.confidence = 1 - (1 - current.confidence) * (1 - confidence);
    } else {
      evidence.categories.set(category, {
        confidence: confidence * GRAMS_ONLY_FACTOR,
        kind: 'trigger',
        matched: triggerWithGram(index, association.gram, category),
      });
    }
  }
  return evidence;
}

/**
 * What the agent's last turn was about: the categories of the library phrases it resembles
 * most (bigram overlap, cosine of rarity-weighted sets). An agent who just reminded the
 * buyer to pay makes "嗯 晚上付" a payment answer.
 */
/**
 * Per gram of the agent's turn, only the first phrases of its posting list (shortest first) are
 * compared: a 100k library's common grams (亲，, 您的) list tens of thousands of phrases, all alike
 * in little, and walking them all cost more than the rest of a suggestion. Libraries of up to
 * this many phrases are read whole.
 */
const AGENT_TURN_WALK_PER_GRAM = 2048;

export function evidenceFromAgentTurn(index: LibraryIndex, turn: string): Map<string, Evidence> {
  const categories = new Map<string, Evidence>();
  const table = index.phraseTextGrams;
  const shared = accumulatorFor(index, 'agent-turn', index.phrases.count);
  let turnInformation = 0;
  for (const gram of bigramCodesOf(codePointsOf(normalizeText(turn)))) {
    const weight = weightOfCode(table, gram);
    turnInformation += weight;
    addToPostings(table, gram, weight, AGENT_TURN_WALK_PER_GRAM, shared);
  }
  if (turnInformation === 0) return categories;
  // Best similarity per category (by its number), categories in order of first sight.
  const best = new Float64Array(index.phrases.categoryIds.length).fill(-1);
  const order: number[] = [];
  for (const position of shared.touched) {
    const phraseInformation = index.phraseTextInformation[position] ?? 0;
    if (phraseInformation === 0) continue;
    const similarity = shared.get(position) / Math.sqrt(turnInformation * phraseInformation);
    const category = index.phrases.categoryOf[position] ?? 0;
    const current = best[category] ?? -1;
    if (current === -1) order.push(category);
    if (current === -1 || current < similarity) best[category] = similarity;
  }
  for (const category of order) {
    categories.set(index.phrases.categoryIds[category] ?? '', { confidence: best[category] ?? 0, kind: 'context', matched: turn });
  }
  return categories;
}

/** The reason to show when grams alone point at a category: its shortest trigger with the gram. */
function triggerWithGram(index: LibraryIndex, gram: number, category: string): string {
  for (const trigger of postingsOfCode(index.triggerGrams, gram)) {
    for (const position of triggerPhrases(index.triggers, trigger)) {
      if (phraseCategory(index.phrases, position) === category) return triggerOriginal(index, trigger);
    }
  }
  return gramText(gram);
}
