import { describe, expect, it } from 'vitest';
import { formatTable, sizeLabel } from '../../../../utils/dev-tools/bench/report';
import { deserializeAsIndexedDb, serializeAsIndexedDb } from '../../../../utils/dev-tools/bench/storage-round-trip';
import { NODE_TARGETS, verdictLine } from '../../../../utils/dev-tools/bench/targets';
import { median, percentile, timeEach } from '../../../../utils/dev-tools/bench/timing';

describe('how the bench reads its timings', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(median([3, 1, 2])).toBe(2);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('times every item several times and keeps each item’s median', () => {
    const calls: number[] = [];
    const times = timeEach([1, 2, 3], (item) => calls.push(item), 4);
    expect(times).toHaveLength(3);
    // One warm-up pass, then four rounds over all items.
    expect(calls).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]);
  });
});

describe('the last line', () => {
  const allMet = new Map(NODE_TARGETS.map((target) => [target.key, target.limit]));

  it('says "bench ok" when every target holds (a figure equal to its limit holds)', () => {
    expect(verdictLine(allMet, NODE_TARGETS)).toBe('bench ok');
  });

  it('names every missed target with its figure, and a figure never measured', () => {
    const figures = new Map(allMet);
    figures.set('suggest_ms_p95_10k', 3.5);
    figures.set('wording_speedup', 4);
    figures.delete('heap_mb_100k');
    expect(verdictLine(figures, NODE_TARGETS)).toBe(
      'bench FAIL: suggest_ms_p95_10k=3.50 (target ≤ 2), wording_speedup=4.00 (target ≥ 10), heap_mb_100k=not measured (target ≤ 150)',
    );
  });
});

describe('the printed table', () => {
  it('labels sizes as the figure keys do and lines up columns', () => {
    expect([1_000, 10_000, 100_000, 295].map(sizeLabel)).toEqual(['1k', '10k', '100k', '295']);
    expect(formatTable(['a', 'bb'], [['x', '1'], ['yy', '22']]).split('\n')).toEqual(['a   bb', '--  --', 'x    1', 'yy  22']);
  });
});

describe('storing an index as IndexedDB would', () => {
  it('reads back typed arrays as copies of their own, like a browser, not views into the stored bytes', () => {
    const stored = serializeAsIndexedDb({ list: Uint32Array.from([1, 2, 3]), text: '在吗' });
    const read = deserializeAsIndexedDb(stored) as { list: Uint32Array; text: string };
    expect(Array.from(read.list)).toEqual([1, 2, 3]);
    expect(read.list.buffer.byteLength).toBe(read.list.byteLength);
    expect(read.text).toBe('在吗');
  });
});
