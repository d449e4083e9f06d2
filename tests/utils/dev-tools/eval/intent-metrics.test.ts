import { describe, expect, it } from 'vitest';
import { scoreIntentLines, summaryLine } from '../../../../utils/dev-tools/eval/intent-metrics';

describe('scoreIntentLines: counting right answers the way the evaluation defines them', () => {
  const metrics = scoreIntentLines([
    { expected: ['greeting'], predicted: ['greeting', 'farewell'] },
    { expected: ['greeting'], predicted: ['farewell', 'product', 'greeting'] },
    { expected: ['shipping', 'after-sales'], predicted: ['after-sales'] },
    { expected: ['invoice'], predicted: ['farewell', 'product', 'shipping', 'invoice'] },
    { expected: ['product'], predicted: [] },
  ]);

  it('counts top-1 and top-3 hits, accepting any listed id', () => {
    expect(metrics.overall).toEqual({ n: 5, top1: 2, top3: 3 });
  });

  it('groups lines by their first expected id', () => {
    expect([...metrics.byCategory]).toEqual([
      ['greeting', { n: 2, top1: 1, top3: 2 }],
      ['shipping', { n: 1, top1: 1, top3: 1 }],
      ['invoice', { n: 1, top1: 0, top3: 0 }],
      ['product', { n: 1, top1: 0, top3: 0 }],
    ]);
  });

  it('prints the summary line with three decimals', () => {
    expect(summaryLine(metrics.overall)).toBe('top1=0.400 top3=0.600 n=5');
    expect(summaryLine({ n: 0, top1: 0, top3: 0 })).toBe('top1=0.000 top3=0.000 n=0');
  });
});
