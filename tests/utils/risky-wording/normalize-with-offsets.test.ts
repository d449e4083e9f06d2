import { describe, expect, it } from 'vitest';
import { normalizeLiteral, normalizeWithOffsets, toOriginalRange } from '../../../utils/risky-wording/normalize-with-offsets';

/** The original characters behind a normalised substring. */
function originalOf(draft: string, word: string): string {
  const normalized = normalizeWithOffsets(draft);
  const at = normalized.text.indexOf(word);
  expect(at, `"${word}" in "${normalized.text}"`).toBeGreaterThanOrEqual(0);
  const { start, end } = toOriginalRange(normalized, at, at + word.length);
  return draft.slice(start, end);
}

describe('normalising a draft for matching', () => {
  it('folds full width and case: ＶＸ and ＱＱ become the channel words', () => {
    expect(normalizeWithOffsets('加ＶＸ：ｔｂ６６６').text).toBe('加微信tb666');
    expect(normalizeWithOffsets('ＱＱ：５５６６７７８８').text).toBe('qq55667788');
  });

  it('drops spaces, symbols and zero-width characters put between the letters', () => {
    expect(normalizeWithOffsets('加 微 信').text).toBe('加微信');
    expect(normalizeWithOffsets('加-微-信').text).toBe('加微信');
    expect(normalizeWithOffsets('w x 搜一下').text).toBe('微信搜一下');
    expect(normalizeWithOffsets('加\u200b微\u200d信😊').text).toBe('加微信');
  });

  it('keeps clause and sentence breaks as one mark each, and decimal points and percentages', () => {
    expect(normalizeWithOffsets('好的，，马上处理。。谢谢！').text).toBe('好的，马上处理。谢谢');
    expect(normalizeWithOffsets('要加3.5%手续费').text).toBe('要加3.5%手续费');
    expect(normalizeWithOffsets('30字好评+3张图').text).toBe('30字好评加3张图');
  });

  it('folds every CJK ideograph and full-width ASCII character as NFKC and lower case do', () => {
    // These characters take the scanner's table path; the rest pay for NFKC one by one. Folding
    // alone: the look-alike spellings (伍 → 五) are the next test's.
    const mismatches: string[] = [];
    for (let code = 0x3400; code <= 0x9fff; code++) {
      if (code > 0x4dbf && code < 0x4e00) continue;
      const char = String.fromCharCode(code);
      const expected = /[\p{L}\p{N}]/u.test(char) ? char : '';
      if (normalizeWithOffsets(`a${char}b`, []).text !== `a${expected}b`) mismatches.push(char);
    }
    for (let code = 0xff01; code <= 0xff5e; code++) {
      const char = String.fromCharCode(code);
      const folded = char.normalize('NFKC').toLowerCase();
      if (/[a-z0-9%]/.test(folded) && normalizeWithOffsets(`中${char}文`, []).text !== `中${folded}文`) mismatches.push(char);
    }
    expect(mismatches).toEqual([]);
  });

  it('maps evasive spellings to canonical words, as data', () => {
    expect(normalizeLiteral('加个薇信')).toBe('加个微信');
    expect(normalizeLiteral('绿泡泡')).toBe('微信');
    expect(normalizeLiteral('扣扣号')).toBe('qq号');
    expect(normalizeLiteral('加企鹅')).toBe('加qq');
    expect(normalizeLiteral('转zfb')).toBe('转支付宝');
    expect(normalizeLiteral('加v：abc888')).toBe('加微信abc888');
  });

  it('leaves Latin look-alikes alone inside longer Latin words', () => {
    expect(normalizeLiteral('加vip会员')).toBe('加vip会员');
    expect(normalizeLiteral('wxyz')).toBe('wxyz');
  });

  it('maps every normalised character back to the characters it came from', () => {
    const draft = '加ＶＸ：ｔｂ６６６';
    const normalized = normalizeWithOffsets(draft);
    expect(toOriginalRange(normalized, 1, 3)).toEqual({ start: 1, end: 3 }); // 微信 ← ＶＸ
    expect(toOriginalRange(normalized, 3, 8)).toEqual({ start: 4, end: 9 }); // tb666 ← ｔｂ６６６, after the colon
    expect(originalOf('微 信 号 在 包 裹 卡 片 上', '微信号')).toBe('微 信 号');
    expect(originalOf('加个 薇 信 吧', '加个微信')).toBe('加个 薇 信');
    expect(originalOf('😀加v信', '加微信')).toBe('加v信');
  });
});
