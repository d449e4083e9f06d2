/**
 * Timing on a shared, noisy machine: every item is run `rounds` times, round after round (so a
 * burst of load hits one round of many items, not every round of one item), and each item
 * counts with its median. Percentiles are then taken over items: they describe how costs
 * spread over inputs, not how often the operating system took the CPU away.
 */
export function timeEach<T>(items: readonly T[], run: (item: T) => unknown, rounds: number): number[] {
  for (const item of items) run(item); // warm-up: compile, allocate per-index work arrays
  const samples = items.map(() => new Array<number>(rounds));
  for (let round = 0; round < rounds; round += 1) {
    items.forEach((item, at) => {
      const started = performance.now();
      run(item);
      const list = samples[at];
      if (list) list[round] = performance.now() - started;
    });
  }
  return samples.map(median);
}

/** Median of `times` runs of `run`, in ms. */
export function medianTime(run: () => unknown, times: number): number {
  return median(Array.from({ length: times }, () => timeOnce(run)));
}

export function timeOnce(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}
