/**
 * Character n-grams of normalised text. Chinese has no spaces, so bigrams are the unit that
 * carries meaning (便宜, 包邮, 发票); a one- or two-character wording ("在", "在吗") is also
 * reachable through its single characters, or a one-character message could never find it.
 */

/** Wordings this short are indexed under their single characters too. */
export const SHORT_WORDING_LENGTH = 2;

export function bigramsOf(chars: readonly string[]): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

/** The grams a wording is filed under in the index. */
export function indexGramsOf(chars: readonly string[]): string[] {
  const grams = bigramsOf(chars);
  if (chars.length <= SHORT_WORDING_LENGTH) grams.push(...new Set(chars));
  return grams;
}

/** The grams whose information makes up a wording's weight: its bigrams, or its one character. */
export function weightGramsOf(chars: readonly string[]): string[] {
  return chars.length === 1 ? [...chars] : bigramsOf(chars);
}

/** Inverse document frequency: rare grams say more about what the buyer means. */
export function inverseFrequency(documentCount: number, gramFrequency: number): number {
  return Math.log(1 + documentCount / Math.max(1, gramFrequency));
}
