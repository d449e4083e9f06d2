import Fuse from 'fuse.js';
import { FUSE_OPTIONS } from './fuse-config';
import { bigramsOf, SHORT_WORDING_LENGTH, weightGramsOf } from './grams';
import { gramWeight, postingsOf, type LibraryIndex } from './library-index';

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
 */
export function matchWordings(index: LibraryIndex, message: string): WordingMatch[] {
  const chars = Array.from(message);
  if (chars.length === 0 || index.wordings.length === 0) return [];

  const contained = containedWeight(index, chars);
  const candidates = [...contained.keys()]
    .map((wording) => ({ wording, share: shareOf(index.wordings[wording]?.information ?? 0, contained.get(wording) ?? 0) }))
    .sort((a, b) => b.share - a.share || a.wording - b.wording)
    .slice(0, MAX_CANDIDATES);

  const resemblance = fuseResemblance(index, message, chars.length, candidates.map((candidate) => candidate.wording));
  const messageGrams = new Set(weightGramsOf(chars));
  const messageInformation = informationOf(index, messageGrams);

  const matches: WordingMatch[] = [];
  for (const { wording, share } of candidates) {
    const entry = index.wordings[wording];
    if (!entry) continue;
    const text = entry.normalized;
    if (message.includes(text)) {
      // One character ("在", "亲") is a whole message's meaning only in a message that short;
      // inside "现在" or "在家" it means nothing.
      const isCharacter = Array.from(text).length === 1;
      if (isCharacter && chars.length > SHORT_WORDING_LENGTH) continue;
      matches.push({ wording, strength: 1, information: entry.information, coverage: shareOf(messageInformation, entry.information) });
      continue;
    }
    // How much of the wording is in the message, and of the message in the wording: "你好"
    // is all inside "等你好消息", but it is a fifth of what that wording says.
    const shared = sharedInformation(index, messageGrams, text);
    const messageShare = shareOf(messageInformation, shared);
    const agreement = Math.sqrt(share * messageShare);
    const strength = Math.max(share * share, (resemblance.get(wording) ?? 0) * agreement);
    if (shared > 0) matches.push({ wording, strength, information: shared, coverage: messageShare });
  }
  return matches;
}

/** Rarity-weighted sum of each candidate's grams that the message contains. */
function containedWeight(index: LibraryIndex, chars: readonly string[]): Map<number, number> {
  const weights = new Map<number, number>();
  const table = index.wordingGrams;
  for (const gram of bigramsOf(chars)) {
    const weight = gramWeight(table, gram);
    for (const wording of postingsOf(table, gram)) weights.set(wording, (weights.get(wording) ?? 0) + weight);
  }
  for (const char of new Set(chars)) {
    for (const wording of postingsOf(table, char)) {
      const entry = index.wordings[wording];
      if (!entry || weights.has(wording)) continue;
      // A one-character wording is wholly contained, a two-character one by half.
      const length = Array.from(entry.normalized).length;
      weights.set(wording, entry.information / length);
    }
  }
  return weights;
}

function shareOf(information: number, weight: number): number {
  return information > 0 ? Math.min(1, weight / information) : 0;
}

function informationOf(index: LibraryIndex, grams: ReadonlySet<string>): number {
  let sum = 0;
  for (const gram of grams) sum += gramWeight(index.wordingGrams, gram);
  return sum;
}

/** Rarity-weighted sum of the message's grams that a wording contains. */
function sharedInformation(index: LibraryIndex, messageGrams: ReadonlySet<string>, wording: string): number {
  // A one-character message ("在？") is weighed by its character, not by bigrams it lacks.
  if (messageGrams.size === 1) {
    const [only] = messageGrams;
    if (only !== undefined && Array.from(only).length === 1) return wording.includes(only) ? gramWeight(index.wordingGrams, only) : 0;
  }
  let sum = 0;
  for (const gram of weightGramsOf(Array.from(wording))) {
    if (messageGrams.has(gram)) sum += gramWeight(index.wordingGrams, gram);
  }
  return sum;
}

/**
 * fuse.js over the candidates only. A message shorter than the wording only covers part of
 * it, so its resemblance is scaled down by how much of the wording it spans.
 */
function fuseResemblance(
  index: LibraryIndex,
  message: string,
  messageLength: number,
  candidates: readonly number[],
): Map<number, number> {
  const resemblance = new Map<number, number>();
  if (candidates.length === 0) return resemblance;
  const texts = candidates.map((wording) => index.wordings[wording]?.normalized ?? '');
  const fuse = new Fuse(texts, FUSE_OPTIONS);
  for (const result of fuse.search(message)) {
    const wording = candidates[result.refIndex];
    if (wording === undefined) continue;
    const wordingLength = Array.from(result.item).length;
    const coverage = Math.min(1, messageLength / Math.max(1, wordingLength));
    resemblance.set(wording, (1 - (result.score ?? 1)) * Math.sqrt(coverage));
  }
  return resemblance;
}
