import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../components/risky-wording-check/highlight-segments';

describe('the draft with its risky stretches marked', () => {
  it('marks each finding and leaves the rest plain', () => {
    expect(highlightSegments('亲，加我微信聊', [{ start: 2, end: 6, severity: 'block' }])).toEqual([
      { text: '亲，', severity: null },
      { text: '加我微信', severity: 'block' },
      { text: '聊', severity: null },
    ]);
  });

  it('colours overlapping findings by the worst one, as one stretch where they agree', () => {
    expect(
      highlightSegments('这是全网最低价', [
        { start: 2, end: 6, severity: 'block' },
        { start: 4, end: 7, severity: 'warn' },
      ]),
    ).toEqual([
      { text: '这是', severity: null },
      { text: '全网最低', severity: 'block' },
      { text: '价', severity: 'warn' },
    ]);
  });

  it('gives back the draft as it is when nothing was found', () => {
    expect(highlightSegments('好的亲', [])).toEqual([{ text: '好的亲', severity: null }]);
  });
});
