import { describe, expect, it } from 'vitest';
import corpusJson from '../../phrases/buyer-corpus.json';
import { buyerCorpusSchema } from '../../utils/schemas/buyer-corpus';
import { BUILT_IN_TOPICS } from '../../utils/schemas/built-in-topics';

describe('the buyer corpus the topic model learns from', () => {
  const corpus = buyerCorpusSchema.parse(corpusJson);

  it('holds at least 6,000 buyer messages, every built-in topic (but the general ones) with 100 or more', () => {
    expect(corpus.lines.length).toBeGreaterThanOrEqual(6000);
    const perTopic = new Map<string, number>();
    for (const [topic] of corpus.lines) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
    for (const topic of BUILT_IN_TOPICS) expect(perTopic.get(topic.id) ?? 0, topic.id).toBeGreaterThanOrEqual(100);
    for (const topic of perTopic.keys()) expect(BUILT_IN_TOPICS.some((known) => known.id === topic), topic).toBe(true);
  });

  it('has no line twice', () => {
    const texts = corpus.lines.map(([topic, text]) => `${topic}\t${text}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('refuses a line without a message or with a malformed topic, saying which rule and giving an example', () => {
    const empty = buyerCorpusSchema.safeParse({ format: 1, lines: [['shipping.overdue', '  ']] });
    expect(empty.success).toBe(false);
    expect(JSON.stringify(empty.error?.issues)).toContain('物流三天没动了');
    const badTopic = buyerCorpusSchema.safeParse({ format: 1, lines: [['overdue', '物流不动了']] });
    expect(JSON.stringify(badTopic.error?.issues)).toContain('after-sales.refund-progress');
  });
});
