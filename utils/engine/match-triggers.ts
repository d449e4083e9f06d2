import Fuse from 'fuse.js';
import { accumulatorFor } from './accumulator';
import { FUSE_OPTIONS } from './fuse-config';
import { fuseMayMatch } from './fuse-bound';
import { bigramCode, bigramCodesOf, characterCodesOf, codePointsOf } from './gram-codes';
import { slotOf, weightOfCode } from './gram-table';
import { SHORT_TRIGGER_LENGTH, weightGramsOf } from './grams';
import type { LibraryIndex } from './library-index';
import { triggerText } from './trigger-columns';

/** A library trigger found in a buyer message. */
export interface TriggerMatch {
  trigger: number;
  /** How firmly it was found, 0..1. */
  strength: number;
  /**
   * What the message and the trigger have in common, as rarity-weighted grams: a message
   * that is only part of a long trigger ("你好" in "等你好消息") shares only that part.
   */
  information: number;
  /** The share of the message's own information the trigger accounts for, 0..1. */
  coverage: number;
}

/** Candidates the gram index hands to fuse.js; enough for every plausible reading of a message. */
const MAX_CANDIDATES = 200;
/**
 * Below this a match is only partial (two shared characters out of a long trigger, say): it
 * says nothing about the category, but still tells which phrase of a category fits best.
 */
export const FIRM_MATCH_STRENGTH = 0.45;

interface Candidate {
  trigger: number;
  share: number;
}

/**
 * Library triggers a normalised buyer message contains or resembles, firmly or in part
 * (see `FIRM_MATCH_STRENGTH`).
 *
 * The gram index selects candidates: triggers sharing a bigram with the message, plus short
 * triggers sharing a character; the best `MAX_CANDIDATES` by contained share go on. Then:
 * - a trigger inside the message counts in full ("能便宜点吗" contains "便宜");
 * - otherwise fuse.js scores the message against the trigger, which catches a near-identical
 *   message with a changed particle ("能便宜点不" ≈ "能便宜点吗") and a message that is part
 *   of a longer trigger. fuse.js does not know that 什么时候 is in half the triggers and 发票
 *   is not, so its score only counts as far as the rare grams agree in both directions.
 *   It runs only where its score could change the outcome (fuse-bound.ts).
 */
export function matchTriggers(index: LibraryIndex, message: string): TriggerMatch[] {
  const points = codePointsOf(message);
  if (points.length === 0 || index.triggers.count === 0) return [];

  const candidates = bestCandidates(index, points);
  const messageGrams = new Set(weightGramsOf(points));
  const messageInformation = informationOf(index, messageGrams);

  const matches: (TriggerMatch & { share: number; agreement: number })[] = [];
  const resembling: number[] = [];
  for (const { trigger, share } of candidates) {
    const text = triggerText(index.triggers, trigger);
    const information = index.triggers.information[trigger] ?? 0;
    if (message.includes(text)) {
      // One character ("在", "亲") is a whole message's meaning only in a message that short;
      // inside "现在" or "在家" it means nothing.
      const isCharacter = (index.triggers.lengths[trigger] ?? 0) === 1;
      if (isCharacter && points.length > SHORT_TRIGGER_LENGTH) continue;
      matches.push({ trigger, strength: 1, information, coverage: shareOf(messageInformation, information), share, agreement: 0 });
      continue;
    }
    // How much of the trigger is in the message, and of the message in the trigger: "你好"
    // is all inside "等你好消息", but it is a fifth of what that trigger says.
    const shared = sharedInformation(index, messageGrams, text);
    if (shared <= 0) continue;
    const messageShare = shareOf(messageInformation, shared);
    const agreement = Math.sqrt(share * messageShare);
    const strength = share * share;
    matches.push({ trigger, strength, information: shared, coverage: messageShare, share, agreement });
    // fuse.js scores at most 1 × √coverage; below share² its score would change nothing.
    if (Math.sqrt(spanOf(index, points.length, trigger)) * agreement > strength && fuseMayMatch(message, text)) resembling.push(matches.length - 1);
  }

  if (resembling.length > 0) {
    const resemblance = fuseResemblance(index, message, points.length, resembling.map((at) => matches[at]?.trigger ?? 0));
    for (const at of resembling) {
      const match = matches[at];
      if (match) match.strength = Math.max(match.share * match.share, (resemblance.get(match.trigger) ?? 0) * match.agreement);
    }
  }
  return matches.map(({ trigger, strength, information, coverage }) => ({ trigger, strength, information, coverage }));
}

/**
 * Triggers sharing grams with the message, best `MAX_CANDIDATES` by the share of their own
 * information the message contains (ties: library order).
 */
function bestCandidates(index: LibraryIndex, points: readonly number[]): Candidate[] {
  const contained = containedWeight(index, points);
  const information = index.triggers.information;
  const best: Candidate[] = [];
  for (const trigger of contained.touched) {
    const share = shareOf(information[trigger] ?? 0, contained.get(trigger));
    const last = best[best.length - 1];
    // Most of a big library's candidates fall below the list at once: test before allocating.
    if (last && best.length >= MAX_CANDIDATES && (share < last.share || (share === last.share && trigger > last.trigger))) continue;
    let at = best.length;
    while (at > 0) {
      const previous = best[at - 1];
      if (!previous || previous.share > share || (previous.share === share && previous.trigger < trigger)) break;
      at -= 1;
    }
    best.splice(at, 0, { trigger, share });
    if (best.length > MAX_CANDIDATES) best.pop();
  }
  return best;
}

/** Rarity-weighted sum of each candidate's grams that the message contains. */
function containedWeight(index: LibraryIndex, points: readonly number[]) {
  const weights = accumulatorFor(index, 'contained-weight', index.triggers.count);
  const table = index.triggerGrams;
  for (const gram of bigramCodesOf(points)) {
    const weight = weightOfCode(table, gram);
    forEachPosting(index, gram, (trigger) => weights.add(trigger, weight));
  }
  for (const char of characterCodesOf(points)) {
    forEachPosting(index, char, (trigger) => {
      if (weights.has(trigger)) return;
      // A one-character trigger is wholly contained, a two-character one by half.
      weights.set(trigger, (index.triggers.information[trigger] ?? 0) / (index.triggers.lengths[trigger] ?? 1));
    });
  }
  return weights;
}

function forEachPosting(index: LibraryIndex, gram: number, visit: (trigger: number) => void): void {
  const table = index.triggerGrams;
  const slot = slotOf(table.codes, gram);
  if (slot === -1) return;
  const end = table.postingStarts[slot + 1] ?? 0;
  for (let at = table.postingStarts[slot] ?? 0; at < end; at += 1) visit(table.postingList[at] ?? 0);
}

function shareOf(information: number, weight: number): number {
  return information > 0 ? Math.min(1, weight / information) : 0;
}

function informationOf(index: LibraryIndex, grams: ReadonlySet<number>): number {
  let sum = 0;
  for (const gram of grams) sum += weightOfCode(index.triggerGrams, gram);
  return sum;
}

/** Rarity-weighted sum of the message's grams that a trigger contains (each gram once). */
function sharedInformation(index: LibraryIndex, messageGrams: ReadonlySet<number>, trigger: string): number {
  const points = codePointsOf(trigger);
  // A one-character message ("在？") is weighed by its character, not by bigrams it lacks.
  if (messageGrams.size === 1) {
    const [only] = messageGrams;
    if (only !== undefined && only < 0x110000) return points.includes(only) ? weightOfCode(index.triggerGrams, only) : 0;
  }
  if (points.length === 1) return messageGrams.has(points[0] ?? -1) ? weightOfCode(index.triggerGrams, points[0] ?? -1) : 0;
  let sum = 0;
  const counted: number[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const gram = bigramCode(points[i] ?? 0, points[i + 1] ?? 0);
    if (!messageGrams.has(gram) || counted.includes(gram)) continue;
    counted.push(gram);
    sum += weightOfCode(index.triggerGrams, gram);
  }
  return sum;
}

/** How much of a trigger a message of `messageLength` characters can span, 0..1. */
function spanOf(index: LibraryIndex, messageLength: number, trigger: number): number {
  return Math.min(1, messageLength / Math.max(1, index.triggers.lengths[trigger] ?? 0));
}

/**
 * fuse.js over the given triggers only. A message shorter than the trigger only covers part
 * of it, so its resemblance is scaled down by how much of the trigger it spans.
 */
function fuseResemblance(index: LibraryIndex, message: string, messageLength: number, triggers: readonly number[]): Map<number, number> {
  const resemblance = new Map<number, number>();
  const texts = triggers.map((trigger) => triggerText(index.triggers, trigger));
  const fuse = new Fuse(texts, FUSE_OPTIONS);
  for (const result of fuse.search(message)) {
    const trigger = triggers[result.refIndex];
    if (trigger === undefined) continue;
    resemblance.set(trigger, (1 - (result.score ?? 1)) * Math.sqrt(spanOf(index, messageLength, trigger)));
  }
  return resemblance;
}
