import AhoCorasick from 'modern-ahocorasick';
import fc from 'fast-check';
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

describe('text whose characters a neighbour can join (emoji, flags, combining marks, jamo)', () => {
  // Characters that make grapheme clusters of several UTF-16 units, with some that stand alone.
  const PIECES = ['加', '微', '信', 'a', 'b', '\r', '\n', '\u0301', '\u0308', '\u200d', '\ufe0f', '\u{1f44d}', '\u{1f3fb}', '\u{1f468}', '\u{1f469}', '\u{1f1e8}', '\u{1f1f3}', '\u1100', '\u1161', '\u11a8', '가', '\u0915', '\u094d', '\u0937'];
  const piece = fc.constantFrom(...PIECES);
  const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));
  const literal = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));

  it('finds exactly the hits modern-ahocorasick finds, in its order', () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 4 }), (words, texts) => {
        const matcher = createLiteralMatcher(words.map((word, data) => ({ literal: word, data })));
        for (const candidate of texts) expect(matcher.findAll(candidate)).toEqual(reference(words, candidate));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the literals that are whole clusters of the text, and none cut out of one', () => {
    const words = ['\u{1f44d}', '\u{1f44d}\u{1f3fb}', '\u{1f1e8}\u{1f1f3}', '\u{1f1f3}\u{1f1e8}', 'e\u0301', 'e', '\u1100'];
    for (const candidate of ['好\u{1f44d}\u{1f3fb}', '\u{1f1e8}\u{1f1f3}\u{1f1e8}\u{1f1f3}', 'ne\u0301e', '\u1100\u1161\u1100', '\u{1f468}\u200d\u{1f44d}']) {
      expect(createLiteralMatcher(words.map((word, data) => ({ literal: word, data }))).findAll(candidate)).toEqual(reference(words, candidate));
    }
  });
});
