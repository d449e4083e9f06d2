import { describe, expect, it } from 'vitest';
import { benchProductMatch } from '../../../../utils/dev-tools/bench/product-bench';

describe('benchProductMatch: the catalogue and chat titles product_match_us_5k is measured on', () => {
  it('recognises the decorated, truncated, full-width titles as the products they were made from', () => {
    const bench = benchProductMatch(300, 100, 1);
    expect(bench.products).toBe(300);
    expect(bench.titles).toBe(100);
    // Most titles keep what tells their product apart; the rest are refused, never misread as another.
    expect(bench.recognisedShare).toBeGreaterThanOrEqual(0.9);
    expect(Number.isFinite(bench.matchMedianUs)).toBe(true);
  });
});
