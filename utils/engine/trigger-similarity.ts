import { accumulatorFor } from './accumulator';
import { bigramCodesOf, codePointsOf } from './gram-codes';
import { addToPostings, weightOfCode } from './gram-table';
import type { LibraryIndex } from './library-index';
import { weightGramsOf } from './grams';

/**
 * Buyers wrap a question in words of their own (亲, 老板, a story before it): what the message
 * says beyond a trigger costs the trigger little.
 */
const MESSAGE_COVERAGE_EXPONENT = 0.3;
/**
 * Per gram, only the first wordings of its posting list are compared (lists are shortest first):
 * a wording that shares a common gram with the message and is far longer than it cannot be
 * alike, and a huge library's common grams list thousands.
 */
const WALK_PER_GRAM = 512;
/** Wordings less alike than this tell a phrase apart from no other: not worth a lookup. */
const MIN_SIMILARITY = 0.1;

/** How alike the message is to each phrase's wordings, and the most alike phrases per category. */
export interface PhraseSimilarities {
  /** 0..1; 0 for a phrase none of whose wordings is at least MIN_SIMILARITY alike. */
  of(position: number): number;
  /** The most alike phrases of each category (by its number in phrases.categoryIds), best first. */
  bestOfCategory(category: number): readonly number[];
}

/**
 * How alike a message and each phrase's buyer wordings are, both ways, best trigger per phrase:
 * the share of the trigger's rarity-weighted grams the message has, times (softly) the share of
 * the message's the trigger has. Unlike finding a trigger inside the message, this counts what
 * the trigger says that the buyer did not: 第二件能便宜点吗 is further from 能便宜点吗 than
 * 便宜点 is, because 第二件 is a question of its own. Walks only the message's own grams'
 * posting lists (cut at 4·√n, gram-table.ts), so it grows with √n like the rest of the engine.
 */
export function triggerSimilarities(index: LibraryIndex, normalized: string, perCategory: number): PhraseSimilarities {
  const table = index.triggerGrams;
  const points = codePointsOf(normalized);
  const grams = points.length === 1 ? weightGramsOf(points) : bigramCodesOf(points);
  const shared = accumulatorFor(index, 'trigger-similarity', index.triggers.count);
  const byPhrase = accumulatorFor(index, 'phrase-similarity', index.phrases.count);
  let messageInformation = 0;
  for (const gram of grams) {
    const weight = weightOfCode(table, gram);
    messageInformation += weight;
    addToPostings(table, gram, weight, WALK_PER_GRAM, shared);
  }
  const best: number[][] = index.phrases.categoryIds.map(() => []);
  if (messageInformation > 0) {
    for (const trigger of shared.touched) {
      const information = index.triggers.information[trigger] ?? 0;
      if (information === 0) continue;
      const common = shared.get(trigger);
      const similarity = Math.min(1, common / information) * Math.min(1, common / messageInformation) ** MESSAGE_COVERAGE_EXPONENT;
      if (similarity < MIN_SIMILARITY) continue;
      const end = index.triggers.phraseStarts[trigger + 1] ?? 0;
      for (let at = index.triggers.phraseStarts[trigger] ?? 0; at < end; at += 1) {
        const phrase = index.triggers.phraseList[at] ?? 0;
        if (byPhrase.get(phrase) < similarity) byPhrase.set(phrase, similarity);
      }
    }
    for (const phrase of byPhrase.touched) {
      const list = best[index.phrases.categoryOf[phrase] ?? 0];
      if (list !== undefined) insertBest(list, phrase, byPhrase, perCategory);
    }
  }
  return { of: (position) => byPhrase.get(position), bestOfCategory: (category) => best[category] ?? [] };
}

/** Keeps `list` the `size` most alike phrases, best first (ties: library order). */
function insertBest(list: number[], phrase: number, scores: { get(entry: number): number }, size: number): void {
  const score = scores.get(phrase);
  const last = list[list.length - 1];
  if (list.length >= size && last !== undefined && !comesBefore(phrase, score, last, scores)) return;
  let at = list.length;
  while (at > 0 && comesBefore(phrase, score, list[at - 1] ?? phrase, scores)) at -= 1;
  list.splice(at, 0, phrase);
  if (list.length > size) list.pop();
}

/** A plain function, not a closure made per call: this runs for every phrase a message resembles. */
function comesBefore(phrase: number, score: number, other: number, scores: { get(entry: number): number }): boolean {
  const otherScore = scores.get(other);
  return score > otherScore || (score === otherScore && phrase < other);
}
