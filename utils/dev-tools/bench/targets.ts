/** A figure and the bound it must keep (from the issue; medians on the 2-core machine). */
export interface Target {
  key: string;
  /** 'at-most': the figure must be ≤ limit; 'at-least': ≥ limit. */
  bound: 'at-most' | 'at-least';
  limit: number;
}

/** Which command measures a figure: `npm run bench` (node) or `npm run bench:browser`. */
type Bench = 'node' | 'browser';

/**
 * Every bound the extension's performance is held to, in one table: `npm run bench` and `npm
 * run bench:browser` check the figures they measure against it, and a test that can measure a
 * figure without them reads its bound here too (content_kb: tests/manifest/content-size.test.ts).
 */
export const PERFORMANCE_TARGETS = {
  /**
   * Suggestions for one buyer message from a 10k-phrase library, 95th percentile, ms, the topic
   * model in the path (the conversation's earlier turns read before, as live: README, bench).
   */
  suggest_ms_p95_10k: { bench: 'node', bound: 'at-most', limit: 2 },
  /** The same from 100k phrases, ms. */
  suggest_ms_p95_100k: { bench: 'node', bound: 'at-most', limit: 6 },
  /** How many times faster than the Fuse.js baseline (medians), 10k phrases. */
  suggest_speedup_10k: { bench: 'node', bound: 'at-least', limit: 30 },
  /** One draft through the wording scanner with the shipped rules, median, µs. */
  wording_us_p50: { bench: 'node', bound: 'at-most', limit: 200 },
  /** How many times faster than a naive rule-by-rule scan (medians). */
  wording_speedup: { bench: 'node', bound: 'at-least', limit: 10 },
  /**
   * One draft through the worker's full check (traditional script converted, the tone model),
   * 95th percentile, µs: it answers after each pause in typing, well before the next keystroke.
   */
  wording_full_us_p95: { bench: 'node', bound: 'at-most', limit: 2000 },
  /**
   * Building the conversion tables and training the tone and risk models, ms: once per worker,
   * a second after a page first asks, on no request's time; until then drafts are checked by the
   * rules alone.
   */
  full_check_warmup_ms: { bench: 'node', bound: 'at-most', limit: 1000 },
  /** The topic model's stored weights for the default pack (with the shipped corpus), KB. */
  model_kb: { bench: 'node', bound: 'at-most', limit: 2048 },
  /** Training the topic model for a 10k-phrase library (after an import), median, ms. */
  train_10k_ms: { bench: 'node', bound: 'at-most', limit: 3000 },
  /** The persisted engine index of 100k phrases loaded back, ms. */
  index_load_ms_100k: { bench: 'node', bound: 'at-most', limit: 300 },
  /**
   * Recognising the chat's product among 5,000 (decorated, truncated titles), median, µs: once
   * per suggestion request, on top of suggest itself.
   */
  product_match_us_5k: { bench: 'node', bound: 'at-most', limit: 1000 },
  /** Heap the 100k-phrase library and its index retain, MB. */
  heap_mb_100k: { bench: 'node', bound: 'at-most', limit: 150 },
  /** A buyer message on a chat page until the in-page bar lists suggestions for it, 95th percentile, ms. */
  e2e_suggest_ms_p95: { bench: 'browser', bound: 'at-most', limit: 100 },
  /** A stopped service worker until it has answered the first suggest, median, ms (10k library). */
  sw_cold_ms: { bench: 'browser', bound: 'at-most', limit: 150 },
  /**
   * A 10k-phrase import committed → the first suggestion answered, from the previous index or the
   * new one (the previous answers while the new one is built and trained), ms.
   */
  first_suggest_after_import_ms: { bench: 'browser', bound: 'at-most', limit: 600 },
  /** A 10k-phrase pack from file to committed (preview and commit), median, ms. */
  import_10k_ms: { bench: 'browser', bound: 'at-most', limit: 3000 },
  /**
   * What every chat page downloads and parses: the content scripts' JS and CSS, KB (1024
   * bytes). Heavy models and tables belong in the worker; the page's own code stays under this.
   */
  content_kb: { bench: 'browser', bound: 'at-most', limit: 250 },
} as const satisfies Readonly<Record<string, Omit<Target, 'key'> & { bench: Bench }>>;

export type PerformanceFigure = keyof typeof PERFORMANCE_TARGETS;

function targetsOf(bench: Bench): readonly Target[] {
  return Object.freeze(
    Object.entries(PERFORMANCE_TARGETS)
      .filter(([, target]) => target.bench === bench)
      .map(([key, { bound, limit }]): Target => ({ key, bound, limit })),
  );
}

/** What `npm run bench` checks. */
export const NODE_TARGETS: readonly Target[] = targetsOf('node');

/** What `npm run bench:browser` checks. */
export const BROWSER_TARGETS: readonly Target[] = targetsOf('browser');

/**
 * The last line of a bench run: "bench ok", or "bench FAIL: " and every missed target with its
 * figure. A target whose figure was not measured counts as missed.
 */
export function verdictLine(figures: ReadonlyMap<string, number>, targets: readonly Target[]): string {
  const missed = targets.filter((target) => {
    const value = figures.get(target.key);
    if (value === undefined || Number.isNaN(value)) return true;
    return target.bound === 'at-most' ? value > target.limit : value < target.limit;
  });
  if (missed.length === 0) return 'bench ok';
  const describe = (target: Target): string => {
    const value = figures.get(target.key);
    const shown = value === undefined || Number.isNaN(value) ? 'not measured' : formatFigure(value);
    return `${target.key}=${shown} (target ${target.bound === 'at-most' ? '≤' : '≥'} ${target.limit})`;
  };
  return `bench FAIL: ${missed.map(describe).join(', ')}`;
}

/** Figures as printed: three significant digits, at most two decimals. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toFixed(decimals);
}
