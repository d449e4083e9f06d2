/**
 * Small seeded generator (mulberry32): the same seed gives the same numbers on every machine
 * and every Node version, so generated libraries, turns and drafts are the same in every run.
 */
export interface SeededRandom {
  /** 0 ≤ n < 1 */
  next(): number;
  /** 0 ≤ n < max, an integer. */
  below(max: number): number;
  /** One of `items`; throws on an empty list, naming what was empty. */
  pick<T>(items: readonly T[], what?: string): T;
  /** True with probability `chance`. */
  chance(chance: number): boolean;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (max: number): number => Math.floor(next() * max);
  return {
    next,
    below,
    pick(items, what = 'items') {
      const item = items[below(items.length)];
      if (item === undefined) throw new Error(`seededRandom.pick: no ${what} to pick from`);
      return item;
    },
    chance: (chance) => next() < chance,
  };
}
