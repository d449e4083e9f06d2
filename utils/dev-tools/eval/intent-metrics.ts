/**
 * Scores suggestion lists against evaluation lines (docs/eval-format.md, "Scoring"): a line is
 * right at top-1 when the first suggestion's category is one of its expected ids, at top-3
 * when any of the first three is. Lines are grouped by their first expected id.
 */
export interface ScoredLine {
  expected: readonly string[];
  /** Categories of the suggestions, in the order shown. */
  predicted: readonly string[];
}

export interface HitCounts {
  n: number;
  top1: number;
  top3: number;
}

export interface IntentMetrics {
  /** By first expected id, in the order the ids first appear. */
  byCategory: Map<string, HitCounts>;
  overall: HitCounts;
}

export function scoreIntentLines(lines: readonly ScoredLine[]): IntentMetrics {
  const byCategory = new Map<string, HitCounts>();
  const overall: HitCounts = { n: 0, top1: 0, top3: 0 };
  for (const line of lines) {
    const label = line.expected[0] ?? '';
    const counts = byCategory.get(label) ?? { n: 0, top1: 0, top3: 0 };
    byCategory.set(label, counts);
    const top1 = isHitAt(line, 1);
    const top3 = isHitAt(line, 3);
    for (const bucket of [counts, overall]) {
      bucket.n += 1;
      bucket.top1 += top1 ? 1 : 0;
      bucket.top3 += top3 ? 1 : 0;
    }
  }
  return { byCategory, overall };
}

export function isHitAt(line: ScoredLine, depth: number): boolean {
  return line.predicted.slice(0, depth).some((category) => line.expected.includes(category));
}

export function rate(hits: number, n: number): string {
  return (n === 0 ? 0 : hits / n).toFixed(3);
}

/** The summary line the evaluation command prints last. */
export function summaryLine(overall: HitCounts): string {
  return `top1=${rate(overall.top1, overall.n)} top3=${rate(overall.top3, overall.n)} n=${overall.n}`;
}
