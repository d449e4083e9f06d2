import { bigramCodesOf } from './gram-codes';

/**
 * Character n-grams of normalised text. Chinese has no spaces, so bigrams are the unit that
 * carries meaning (便宜, 包邮, 发票); a one- or two-character trigger ("在", "在吗") is also
 * reachable through its single characters, or a one-character message could never find it.
 * Grams are numbers (gram-codes.ts); `points` are a text's code points.
 */

/** Triggers this short are indexed under their single characters too. */
export const SHORT_TRIGGER_LENGTH = 2;

/** The grams whose information makes up a trigger's weight: its bigrams, or its one character. */
export function weightGramsOf(points: readonly number[]): number[] {
  return points.length === 1 ? [...points] : bigramCodesOf(points);
}

/** Inverse document frequency: rare grams say more about what the buyer means. */
export function inverseFrequency(documentCount: number, gramFrequency: number): number {
  return Math.log(1 + documentCount / Math.max(1, gramFrequency));
}
