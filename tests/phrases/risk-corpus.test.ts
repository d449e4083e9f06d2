import { describe, expect, it } from 'vitest';
import riskCorpusJson from '../../phrases/risk-corpus.json';
import { RISK_LABELS, riskCorpusSchema } from '../../utils/schemas/risk-corpus';

describe('the risk corpus (phrases/risk-corpus.json)', () => {
  const corpus = riskCorpusSchema.parse(riskCorpusJson);

  it('parses, with every rule broken in hundreds of ways and safe drafts close to them', () => {
    const counts = new Map<string, number>();
    for (const [label] of corpus.lines) counts.set(label, (counts.get(label) ?? 0) + 1);
    for (const label of RISK_LABELS) expect(counts.get(label) ?? 0, label).toBeGreaterThanOrEqual(200);
    expect(counts.get('safe') ?? 0).toBeGreaterThanOrEqual(1000);
  });

  it('has no draft twice', () => {
    const texts = corpus.lines.map(([, text]) => text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('refuses a label it does not know, naming those it does', () => {
    const result = riskCorpusSchema.safeParse({ format: 1, lines: [['risky:rude', '爱买不买']] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('risky:invoice');
  });
});
