import AhoCorasick from 'modern-ahocorasick';
import { describe, expect, it } from 'vitest';
import { createLiteralMatcher } from '../../../utils/risky-wording/literal-matcher';

/** What modern-ahocorasick (grapheme clusters, the reference) finds, in its order. */
function reference(literals: readonly string[], text: string) {
  return new AhoCorasick(literals.map((literal, data) => ({ pattern: literal, data }))).search(text).map(({ start, end, data }) => ({ start, end, data }));
}

const literals = ['加微信', '微信', '信', '加微', '第一', '第一时间', '时间', '微信', 'vx', 'abc', 'bc', '，加', '100%', '好评返现', '返现'];
const matcher = createLiteralMatcher(literals.map((literal, data) => ({ literal, data })));

describe('finding every rule literal in a draft', () => {
  it('finds every occurrence, overlaps and repeated literals included, in the reference order', () => {
    for (const text of ['加微信', '亲，加微信吧，第一时间回复', '好评返现100%，加微信返现', 'abcbc，vx加微', '信信信', '没有风险的句子']) {
      expect(matcher.findAll(text)).toEqual(reference(literals, text));
    }
  });

  it('reports where each literal starts and ends in the text (UTF-16 units)', () => {
    expect(matcher.findAll('亲加微信').filter((hit) => hit.data === 0)).toEqual([{ start: 1, end: 4, data: 0 }]);
  });

  it('matches whole characters only in text a neighbour can join (Hangul jamo, combining marks)', () => {
    const jamo = createLiteralMatcher([{ literal: '\u1100', data: 'jamo' }, { literal: '신', data: 'syllable' }]);
    for (const text of ['\u1100\u1161', '신', '加\u1100']) {
      expect(jamo.findAll(text)).toEqual(new AhoCorasick([{ pattern: '\u1100', data: 'jamo' }, { pattern: '신', data: 'syllable' }]).search(text).map(({ start, end, data }) => ({ start, end, data })));
    }
  });

  it('finds nothing with no literals, and nothing in an empty text', () => {
    expect(createLiteralMatcher([]).findAll('加微信')).toEqual([]);
    expect(matcher.findAll('')).toEqual([]);
  });
});
