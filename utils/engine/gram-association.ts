import { bigramsOf } from './grams';
import type { LibraryIndex } from './library-index';

/** Per category: how strongly the message's grams point at it, and the gram that does most. */
export interface AssociationScore {
  score: number;
  gram: string;
}

/** Single characters are weaker hints than bigrams: 退 says less than 退款. */
const CHARACTER_WEIGHT = 0.35;
/**
 * Only a category's strongest few grams count: intent sits in a few words, and a long
 * complaint should not win a category by piling up weak, accidental grams.
 */
const TOP_GRAMS = 8;
/** Smallest smoothing mass, so a category with a handful of wordings cannot claim every gram. */
const MIN_SMOOTHING = 50;

/**
 * How much more often each of the message's grams occurs in a category's buyer wordings than
 * in the library as a whole (a smoothed log-likelihood ratio), summed over the grams that
 * favour the category. A message never has to repeat a trigger: "买两件打折不" shares only
 * 打折 with "买多点能打折吗", and 打折 is a bargaining gram wherever it appears.
 *
 * Smoothing (Dirichlet, towards the library-wide rate) keeps a small custom category from
 * looking certain about a gram it has seen once.
 */
export function associationScores(index: LibraryIndex, message: string): Map<string, AssociationScore> {
  const association = index.association;
  const scores = new Map<string, AssociationScore>();
  if (association.total === 0) return scores;
  const chars = Array.from(message);
  const smoothing = Math.max(MIN_SMOOTHING, association.total / Math.max(1, association.categoryIds.length));
  const contributions = new Map<string, { gram: string; value: number }[]>();

  const weigh = (gram: string, gramWeight: number): void => {
    if (!Object.hasOwn(association.counts, gram)) return;
    const counts = association.counts[gram] ?? [];
    let gramTotal = 0;
    for (let i = 1; i < counts.length; i += 2) gramTotal += counts[i] ?? 0;
    const background = gramTotal / association.total;
    for (let i = 0; i + 1 < counts.length; i += 2) {
      const category = association.categoryIds[counts[i] ?? -1];
      const categoryTotal = association.categoryTotals[counts[i] ?? -1] ?? 0;
      if (category === undefined) continue;
      const rate = ((counts[i + 1] ?? 0) + smoothing * background) / (categoryTotal + smoothing);
      const lift = Math.log(rate / background);
      if (lift <= 0) continue;
      const list = contributions.get(category) ?? [];
      list.push({ gram, value: gramWeight * lift });
      contributions.set(category, list);
    }
  };
  for (const gram of bigramsOf(chars)) weigh(gram, 1);
  for (const char of new Set(chars)) weigh(char, CHARACTER_WEIGHT);

  for (const [category, list] of contributions) {
    list.sort((a, b) => b.value - a.value);
    const top = list.slice(0, TOP_GRAMS);
    scores.set(category, { score: top.reduce((sum, entry) => sum + entry.value, 0), gram: top[0]?.gram ?? '' });
  }
  return scores;
}
