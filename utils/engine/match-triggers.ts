import Fuse from 'fuse.js';
import { accumulatorFor } from './accumulator';
import { FUSE_OPTIONS } from './fuse-config';
import { fuseMayMatch } from './fuse-bound';
import { bigramCode, bigramCodesOf, characterCodesOf, codePointsOf } from './gram-codes';
import { slotOf, weightOfCode } from './gram-table';
import { SHORT_WORDING_LENGTH, weightGramsOf } from './grams';
import type { LibraryIndex } from './library-index';
import { wordingText } from './trigger-columns';

/** A library wording found in a buyer message. */
export interface WordingMatch {
  wording: number;
  /** How firmly it was found, 0..1. */
  strength: number;
  /**
   * What the message and the wording have in common, as rarity-weighted grams: a message
   * that is only part of a long wording ("你好" in "等你好消息") shares only that part.
   */
  information: number;
  /** The share of the message's own information the wording accounts for, 0..1. */
  coverage: number;
}

/** Candidates the gram index hands to fuse.js; enough for every plausible reading of a message. */
const MAX_CANDIDATES = 200;
/**
 * Below this a match is only partial (two shared characters out of a long wording, say): it
 * says nothing about the category, but still tells which phrase of a category fits best.
 */
export const FIRM_MATCH_STRENGTH = 0.45;

interface Candidate {
  wording: number;
  share: number;
}

/**
 * Library wordings a normalised buyer message contains or resembles, firmly or in part
 * (see `FIRM_MATCH_STRENGTH`).
 *
 * The gram index selects candidates: wordings sharing a bigram with the message, plus short
 * wordings sharing a character; the best `MAX_CANDIDATES` by contained share go on. Then:
 * - a wording inside the message counts in full ("能便宜点吗" contains "便宜");
 * - otherwise fuse.js scores the message against the wording, which catches a near-identical
 *   message with a changed particle ("能便宜点不" ≈ "能便宜点吗") and a message that is part
 *   of a longer wording. fuse.js does not know that 什么时候 is in half the wordings and 发票
 *   is not, so its score only counts as far as the rare grams agree in both directions.
 *   It runs only where its score could change the outcome (fuse-bound.ts).
 */
export function matchWordings(index: LibraryIndex, message: string): WordingMatch[] {
  const points = codePointsOf(message);
  if (points.length === 0 || index.wordings.count === 0) return [];

  const candidates = bestCandidates(index, points);
  const messageGrams = new Set(weightGramsOf(points));
  const messageInformation = informationOf(index, messageGrams);

  const matches: (WordingMatch & { share: number; agreement: number })[] = [];
  const resembling: number[] = [];
  for (const { wording, share } of candidates) {
    const text = wordingText(index.wordings, wording);
    const information = index.wordings.information[wording] ?? 0;
    if (message.includes(text)) {
      // One character ("在", "亲") is a whole message's meaning only in a message that short;
      // inside "现在" or "在家" it means nothing.
      const isCharacter = (index.wordings.lengths[wording] ?? 0) === 1;
      if (isCharacter && points.length > SHORT_WORDING_LENGTH) continue;
      matches.push({ wording, strength: 1, information, coverage: shareOf(messageInformation, information), share, agreement: 0 });
      continue;
    }
    // How much of the wording is in the message, and of the message in the wording: "你好"
    // is all inside "等你好消息", but it is a fifth of what that wording says.
    const shared = sharedInformation(index, messageGrams, text);
    if (shared <= 0) continue;
    const messageShare = shareOf(messageInformation, shared);
    const agreement = Math.sqrt(share * messageShare);
    const strength = share * share;
    matches.push({ wording, strength, information: shared, coverage: messageShare, share, agreement });
    // fuse.js scores at most 1 × √coverage; below share² its score would change nothing.
    if (Math.sqrt(spanOf(index, points.length, wording)) * agreement > strength && fuseMayMatch(message, text)) resembling.push(matches.length - 1);
  }

  if (resembling.length > 0) {
    const resemblance = fuseResemblance(index, message, points.length, resembling.map((at) => matches[at]?.wording ?? 0));
    for (const at of resembling) {
      const match = matches[at];
      if (match) match.strength = Math.max(match.share * match.share, (resemblance.get(match.wording) ?? 0) * match.agreement);
    }
  }
  return matches.map(({ wording, strength, information, coverage }) => ({ wording, strength, information, coverage }));
}

/**
 * Wordings sharing grams with the message, best `MAX_CANDIDATES` by the share of their own
 * information the message contains (ties: library order).
 */
function bestCandidates(index: LibraryIndex, points: readonly number[]): Candidate[] {
  const contained = containedWeight(index, points);
  const information = index.wordings.information;
  const best: Candidate[] = [];
  for (const wording of contained.touched) {
    const share = shareOf(information[wording] ?? 0, contained.get(wording));
    const last = best[best.length - 1];
    // Most of a big library's candidates fall below the list at once: test before allocating.
    if (last && best.length >= MAX_CANDIDATES && (share < last.share || (share === last.share && wording > last.wording))) continue;
    let at = best.length;
    while (at > 0) {
      const previous = best[at - 1];
      if (!previous || previous.share > share || (previous.share === share && previous.wording < wording)) break;
      at -= 1;
    }
    best.splice(at, 0, { wording, share });
    if (best.length > MAX_CANDIDATES) best.pop();
  }
  return best;
}

/** Rarity-weighted sum of each candidate's grams that the message contains. */
function containedWeight(index: LibraryIndex, points: readonly number[]) {
  const weights = accumulatorFor(index, 'contained-weight', index.wordings.count);
  const table = index.wordingGrams;
  for (const gram of bigramCodesOf(points)) {
    const weight = weightOfCode(table, gram);
    forEachPosting(index, gram, (wording) => weights.add(wording, weight));
  }
  for (const char of characterCodesOf(points)) {
    forEachPosting(index, char, (wording) => {
      if (weights.has(wording)) return;
      // A one-character wording is wholly contained, a two-character one by half.
      weights.set(wording, (index.wordings.information[wording] ?? 0) / (index.wordings.lengths[wording] ?? 1));
    });
  }
  return weights;
}

function forEachPosting(index: LibraryIndex, gram: number, visit: (wording: number) => void): void {
  const table = index.wordingGrams;
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
  for (const gram of grams) sum += weightOfCode(index.wordingGrams, gram);
  return sum;
}

/** Rarity-weighted sum of the message's grams that a wording contains (each gram once). */
function sharedInformation(index: LibraryIndex, messageGrams: ReadonlySet<number>, wording: string): number {
  const points = codePointsOf(wording);
  // A one-character message ("在？") is weighed by its character, not by bigrams it lacks.
  if (messageGrams.size === 1) {
    const [only] = messageGrams;
    if (only !== undefined && only < 0x110000) return points.includes(only) ? weightOfCode(index.wordingGrams, only) : 0;
  }
  if (points.length === 1) return messageGrams.has(points[0] ?? -1) ? weightOfCode(index.wordingGrams, points[0] ?? -1) : 0;
  let sum = 0;
  const counted: number[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const gram = bigramCode(points[i] ?? 0, points[i + 1] ?? 0);
    if (!messageGrams.has(gram) || counted.includes(gram)) continue;
    counted.push(gram);
    sum += weightOfCode(index.wordingGrams, gram);
  }
  return sum;
}

/** How much of a wording a message of `messageLength` characters can span, 0..1. */
function spanOf(index: LibraryIndex, messageLength: number, wording: number): number {
  return Math.min(1, messageLength / Math.max(1, index.wordings.lengths[wording] ?? 0));
}

/**
 * fuse.js over the given wordings only. A message shorter than the wording only covers part
 * of it, so its resemblance is scaled down by how much of the wording it spans.
 */
function fuseResemblance(index: LibraryIndex, message: string, messageLength: number, wordings: readonly number[]): Map<number, number> {
  const resemblance = new Map<number, number>();
  const texts = wordings.map((wording) => wordingText(index.wordings, wording));
  const fuse = new Fuse(texts, FUSE_OPTIONS);
  for (const result of fuse.search(message)) {
    const wording = wordings[result.refIndex];
    if (wording === undefined) continue;
    resemblance.set(wording, (1 - (result.score ?? 1)) * Math.sqrt(spanOf(index, messageLength, wording)));
  }
  return resemblance;
}
