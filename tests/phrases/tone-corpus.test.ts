import { describe, expect, it } from 'vitest';
import toneCorpusJson from '../../phrases/tone-corpus.json';
import { TONE_LABELS, toneCorpusSchema } from '../../utils/schemas/tone-corpus';

describe('the tone corpus (phrases/tone-corpus.json)', () => {
  const corpus = toneCorpusSchema.parse(toneCorpusJson);

  it('parses, with every kind of tone well represented and polite replies the largest share', () => {
    const counts = new Map<string, number>();
    for (const [label] of corpus.lines) counts.set(label, (counts.get(label) ?? 0) + 1);
    for (const label of TONE_LABELS) expect(counts.get(label) ?? 0, label).toBeGreaterThanOrEqual(150);
    expect(counts.get('ok') ?? 0).toBeGreaterThan(corpus.lines.length / 2 - 100);
  });

  it('has no reply twice, and none under two labels', () => {
    const texts = corpus.lines.map(([, text]) => text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('refuses a line with an unknown label, saying which labels there are', () => {
    const result = toneCorpusSchema.safeParse({ format: 1, lines: [['rude:cold', '哦']] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('rude:brush-off');
  });
});
