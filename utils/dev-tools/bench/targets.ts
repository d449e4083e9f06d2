/** A figure and the bound it must keep (from the issue; medians on the 2-core machine). */
export interface Target {
  key: string;
  /** 'at-most': the figure must be ≤ limit; 'at-least': ≥ limit. */
  bound: 'at-most' | 'at-least';
  limit: number;
}

export const NODE_TARGETS: readonly Target[] = Object.freeze([
  { key: 'suggest_ms_p95_10k', bound: 'at-most', limit: 3 },
  { key: 'suggest_ms_p95_100k', bound: 'at-most', limit: 15 },
  { key: 'suggest_speedup_10k', bound: 'at-least', limit: 30 },
  { key: 'wording_us_p50', bound: 'at-most', limit: 200 },
  { key: 'wording_speedup', bound: 'at-least', limit: 10 },
  { key: 'index_load_ms_100k', bound: 'at-most', limit: 300 },
  { key: 'heap_mb_100k', bound: 'at-most', limit: 150 },
]);

export const BROWSER_TARGETS: readonly Target[] = Object.freeze([
  { key: 'e2e_suggest_ms_p95', bound: 'at-most', limit: 100 },
  { key: 'sw_cold_ms', bound: 'at-most', limit: 300 },
  { key: 'import_10k_ms', bound: 'at-most', limit: 3000 },
]);

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
