import { CodeSlots } from './code-slots';
import { addToPairs } from './flat-pairs';
import type { CodePointRuns } from './code-point-runs';
import { bigramCode, bigramCodesOf, characterCodesOf } from './gram-codes';
import { slotOf } from './gram-table';
import type { GramAssociation, LibraryIndex } from './library-index-types';
import { TRIGGER_SOURCE, type TriggerColumns } from './trigger-columns';
import type { Positions } from './positions';

/** A phrase text is the agent's answer, not the buyer's question: it counts for less. */
export const TEXT_TRIGGER_SHARE = 0.5;

/**
 * Counts, per gram of every trigger (its bigrams and its single characters), the trigger's
 * category shares. Kept as linked lists in typed arrays while building (a 100k library has
 * hundreds of thousands of grams; an array per gram is slow to make and to collect). Every
 * sum adds in the same order as a straightforward Map-based count would.
 */
export function buildAssociation(
  categoryIds: readonly string[],
  categoryOf: Positions,
  triggers: TriggerColumns,
  runs: CodePointRuns,
): GramAssociation {
  const categoryTotals = new Float64Array(categoryIds.length);
  const slots = new CodeSlots(64 * 1024);
  const lists = new PairLists();
  const shares: number[] = [];
  const seenStamp: Int32Array[] = [new Int32Array(0)];
  let total = 0;
  for (let trigger = 0; trigger < triggers.count; trigger += 1) {
    const weight = triggers.sources[trigger] === TRIGGER_SOURCE.text ? TEXT_TRIGGER_SHARE : 1;
    const start = triggers.phraseStarts[trigger] ?? 0;
    const end = triggers.phraseStarts[trigger + 1] ?? 0;
    shares.length = 0;
    for (let at = start; at < end; at += 1) addToPairs(shares, categoryOf[triggers.phraseList[at] ?? 0] ?? 0, weight / (end - start));
    total += weight;
    for (let i = 0; i < shares.length; i += 2) {
      const category = shares[i] ?? 0;
      categoryTotals[category] = (categoryTotals[category] ?? 0) + (shares[i + 1] ?? 0);
    }
    const count = (code: number): void => {
      const slot = slots.slotOf(code);
      let seen = seenStamp[0] ?? new Int32Array(0);
      if (slot >= seen.length) {
        const grown = new Int32Array(Math.max(1024, seen.length * 2)).fill(-1);
        grown.set(seen);
        seenStamp[0] = seen = grown;
      }
      if (seen[slot] === trigger) return;
      seen[slot] = trigger;
      for (let i = 0; i < shares.length; i += 2) lists.add(slot, shares[i] ?? 0, shares[i + 1] ?? 0);
    };
    const from = runs.starts[trigger] ?? 0;
    const to = runs.starts[trigger + 1] ?? 0;
    for (let at = from; at + 1 < to; at += 1) count(bigramCode(runs.points[at] ?? 0, runs.points[at + 1] ?? 0));
    for (let at = from; at < to; at += 1) count(runs.points[at] ?? 0);
  }

  const { codes, slotByRank } = slots.sorted();
  const pairStarts = new Uint32Array(codes.length + 1);
  slotByRank.forEach((slot, rank) => {
    pairStarts[rank + 1] = (pairStarts[rank] ?? 0) + lists.lengthOf(slot);
  });
  const pairCategories = new Uint32Array(pairStarts[codes.length] ?? 0);
  const pairCounts = new Float64Array(pairCategories.length);
  slotByRank.forEach((slot, rank) => {
    let at = pairStarts[rank] ?? 0;
    lists.forEach(slot, (category, value) => {
      pairCategories[at] = category;
      pairCounts[at] = value;
      at += 1;
    });
  });
  return { categoryIds: [...categoryIds], categoryTotals, total, codes, pairStarts, pairCategories, pairCounts };
}

/** Per slot, a list of (category, sum) in order of first contribution, in growable typed arrays. */
class PairLists {
  private heads = new Int32Array(1024).fill(-1);
  private tails = new Int32Array(1024).fill(-1);
  private lengths = new Uint32Array(1024);
  private categories = new Uint32Array(4096);
  private sums = new Float64Array(4096);
  private nexts = new Int32Array(4096);
  private size = 0;

  add(slot: number, category: number, value: number): void {
    if (slot >= this.heads.length) this.growSlots(slot);
    for (let node = this.heads[slot] ?? -1; node !== -1; node = this.nexts[node] ?? -1) {
      if (this.categories[node] === category) {
        this.sums[node] = (this.sums[node] ?? 0) + value;
        return;
      }
    }
    if (this.size >= this.categories.length) this.growNodes();
    const node = this.size;
    this.size += 1;
    this.categories[node] = category;
    this.sums[node] = 0 + value;
    this.nexts[node] = -1;
    const tail = this.tails[slot] ?? -1;
    if (tail === -1) this.heads[slot] = node;
    else this.nexts[tail] = node;
    this.tails[slot] = node;
    this.lengths[slot] = (this.lengths[slot] ?? 0) + 1;
  }

  lengthOf(slot: number): number {
    return this.lengths[slot] ?? 0;
  }

  forEach(slot: number, visit: (category: number, sum: number) => void): void {
    for (let node = this.heads[slot] ?? -1; node !== -1; node = this.nexts[node] ?? -1) visit(this.categories[node] ?? 0, this.sums[node] ?? 0);
  }

  private growSlots(slot: number): void {
    let length = this.heads.length;
    while (length <= slot) length *= 2;
    const heads = new Int32Array(length).fill(-1);
    heads.set(this.heads);
    this.heads = heads;
    const tails = new Int32Array(length).fill(-1);
    tails.set(this.tails);
    this.tails = tails;
    const lengths = new Uint32Array(length);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }

  private growNodes(): void {
    const length = this.categories.length * 2;
    const categories = new Uint32Array(length);
    categories.set(this.categories);
    this.categories = categories;
    const sums = new Float64Array(length);
    sums.set(this.sums);
    this.sums = sums;
    const nexts = new Int32Array(length);
    nexts.set(this.nexts);
    this.nexts = nexts;
  }
}

/** Per category: how strongly the message's grams point at it, and the gram that does most. */
export interface AssociationScore {
  score: number;
  /** A gram code (gram-codes.ts). */
  gram: number;
}

/** Single characters are weaker hints than bigrams: 退 says less than 退款. */
const CHARACTER_WEIGHT = 0.35;
/**
 * Only a category's strongest few grams count: intent sits in a few words, and a long
 * complaint should not win a category by piling up weak, accidental grams.
 */
const TOP_GRAMS = 8;
/** Smallest smoothing mass, so a category with a handful of triggers cannot claim every gram. */
const MIN_SMOOTHING = 50;

/**
 * How much more often each of the message's grams occurs in a category's buyer triggers than
 * in the library as a whole (a smoothed log-likelihood ratio), summed over the grams that
 * favour the category. A message never has to repeat a trigger: "买两件打折不" shares only
 * 打折 with "买多点能打折吗", and 打折 is a bargaining gram wherever it appears.
 *
 * Smoothing (Dirichlet, towards the library-wide rate) keeps a small custom category from
 * looking certain about a gram it has seen once.
 */
export function associationScores(index: LibraryIndex, points: readonly number[]): Map<string, AssociationScore> {
  const association = index.association;
  const scores = new Map<string, AssociationScore>();
  if (association.total === 0) return scores;
  const smoothing = Math.max(MIN_SMOOTHING, association.total / Math.max(1, association.categoryIds.length));
  const contributions = new Map<string, { gram: number; value: number }[]>();

  const weigh = (gram: number, gramWeight: number): void => {
    const slot = slotOf(association.codes, gram);
    if (slot === -1) return;
    const start = association.pairStarts[slot] ?? 0;
    const end = association.pairStarts[slot + 1] ?? 0;
    let gramTotal = 0;
    for (let i = start; i < end; i += 1) gramTotal += association.pairCounts[i] ?? 0;
    const background = gramTotal / association.total;
    for (let i = start; i < end; i += 1) {
      const categoryPosition = association.pairCategories[i] ?? -1;
      const category = association.categoryIds[categoryPosition];
      const categoryTotal = association.categoryTotals[categoryPosition] ?? 0;
      if (category === undefined) continue;
      const rate = ((association.pairCounts[i] ?? 0) + smoothing * background) / (categoryTotal + smoothing);
      const lift = Math.log(rate / background);
      if (lift <= 0) continue;
      const list = contributions.get(category) ?? [];
      list.push({ gram, value: gramWeight * lift });
      contributions.set(category, list);
    }
  };
  for (const gram of bigramCodesOf(points)) weigh(gram, 1);
  for (const gram of characterCodesOf(points)) weigh(gram, CHARACTER_WEIGHT);

  for (const [category, list] of contributions) {
    list.sort((a, b) => b.value - a.value);
    const top = list.slice(0, TOP_GRAMS);
    scores.set(category, { score: top.reduce((sum, entry) => sum + entry.value, 0), gram: top[0]?.gram ?? -1 });
  }
  return scores;
}
