import { z } from 'zod';
import { rate } from './intent-metrics';

/**
 * Reply fit (docs/quality.md): would an agent send the phrase on top as the reply to the
 * buyer's last message? Verdicts come from a reviewer who did not write the phrases and are
 * kept in an append-only judgement cache, one JSON object per line:
 * `{"thread": <the eval file's thread column>, "text": <the phrase as inserted>,
 *   "acceptable": bool, "holding": bool, "reason": "…"}`.
 */
export const fitVerdictSchema = z.object({
  thread: z.string().min(1),
  text: z.string().min(1),
  acceptable: z.boolean(),
  /** The phrase is a holding reply or a request for details (稍等 / 我帮您查一下 / 发一下订单号 …). */
  holding: z.boolean(),
  reason: z.string().max(500),
});
export type FitVerdict = z.infer<typeof fitVerdictSchema>;

/** One phrase on offer for a line, as the command prints and the reviewer judges it. */
export interface OfferedPhrase {
  category: string;
  /** The topic id; a phrase without one stands in its category's general topic. */
  topic: string;
  /** As it would be inserted: product facts filled once products exist, other placeholders as written. */
  text: string;
  /** It leaves a blank only the agent can fill ({日期}, an order number the thread does not show …). */
  blank: boolean;
}

export interface FitLine {
  line: number;
  /** The file's thread column, verbatim. */
  thread: string;
  /** Acceptable category ids, best first. */
  expected: readonly string[];
  top: readonly OfferedPhrase[];
}

export class FitCacheError extends Error {
  override readonly name = 'FitCacheError';
}

const pairKey = (thread: string, text: string): string => `${thread}\u0000${text}`;

/**
 * Reads judgement cache files (name → text). A pair judged twice keeps its first verdict: the
 * cache only grows, so the first word stands. A malformed line names its file and line.
 */
export function readFitCache(files: ReadonlyMap<string, string>): Map<string, FitVerdict> {
  const verdicts = new Map<string, FitVerdict>();
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    text.split(/\r?\n/).forEach((raw, at) => {
      if (raw.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new FitCacheError(`${file}:${at + 1}: not a JSON object; each line is {"thread","text","acceptable","holding","reason"}`);
      }
      const parsed = fitVerdictSchema.safeParse(json);
      if (!parsed.success) {
        throw new FitCacheError(
          `${file}:${at + 1}: ${z.prettifyError(parsed.error)}\n  e.g. {"thread":"几天能到","text":"亲，一般发货后2-4天送达","acceptable":true,"holding":false,"reason":"answers"}`,
        );
      }
      const key = pairKey(parsed.data.thread, parsed.data.text);
      if (!verdicts.has(key)) verdicts.set(key, parsed.data);
    });
  }
  return verdicts;
}

export function verdictFor(cache: ReadonlyMap<string, FitVerdict>, thread: string, text: string): FitVerdict | undefined {
  return cache.get(pairKey(thread, text));
}

export interface FitCounts {
  n: number;
  categoryTop1: number;
  categoryTop3: number;
  fit1: number;
  fit3: number;
  holding1: number;
  blank1: number;
}

export interface FitReport {
  byCategory: Map<string, FitCounts>;
  overall: FitCounts;
  /** Distinct (thread, text) pairs among the first three that have a verdict / still need one. */
  judged: number;
  unjudged: { thread: string; text: string }[];
}

const emptyCounts = (): FitCounts => ({ n: 0, categoryTop1: 0, categoryTop3: 0, fit1: 0, fit3: 0, holding1: 0, blank1: 0 });

/**
 * Scores lines against the cache. A pair without a verdict counts as not acceptable and not
 * holding, and is listed: figures are reported only when none is left (`unjudged_pairs=0`).
 */
export function scoreReplyFit(lines: readonly FitLine[], cache: ReadonlyMap<string, FitVerdict>): FitReport {
  const byCategory = new Map<string, FitCounts>();
  const overall = emptyCounts();
  const judgedPairs = new Set<string>();
  const unjudged = new Map<string, { thread: string; text: string }>();
  for (const line of lines) {
    const label = line.expected[0] ?? '';
    const counts = byCategory.get(label) ?? emptyCounts();
    byCategory.set(label, counts);
    const top = line.top.slice(0, 3);
    const verdicts = top.map((offered) => {
      const key = pairKey(line.thread, offered.text);
      const verdict = cache.get(key);
      if (verdict) judgedPairs.add(key);
      else unjudged.set(key, { thread: line.thread, text: offered.text });
      return verdict;
    });
    const first = top[0];
    for (const bucket of [counts, overall]) {
      bucket.n += 1;
      bucket.categoryTop1 += first && line.expected.includes(first.category) ? 1 : 0;
      bucket.categoryTop3 += top.some((offered) => line.expected.includes(offered.category)) ? 1 : 0;
      bucket.fit1 += verdicts[0]?.acceptable ? 1 : 0;
      bucket.fit3 += verdicts.some((verdict) => verdict?.acceptable) ? 1 : 0;
      bucket.holding1 += verdicts[0]?.holding ? 1 : 0;
      bucket.blank1 += first?.blank ? 1 : 0;
    }
  }
  return { byCategory, overall, judged: judgedPairs.size, unjudged: [...unjudged.values()] };
}

/** The summary line `eval:fit` prints last. */
export function fitSummaryLine(report: FitReport): string {
  const { overall } = report;
  return (
    `fit1=${rate(overall.fit1, overall.n)} fit3=${rate(overall.fit3, overall.n)} holding1=${rate(overall.holding1, overall.n)} ` +
    `blank1=${rate(overall.blank1, overall.n)} judged=${report.judged} unjudged_pairs=${report.unjudged.length}`
  );
}
