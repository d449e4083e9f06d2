import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../utils/engine/normalize';

describe('normalizeText: buyers type the same question many ways', () => {
  it('folds full-width characters and case', () => {
    expect(normalizeText('ＸＬ码有吗')).toBe('xl码有吗');
    expect(normalizeText('OK')).toBe(normalizeText('ok'));
  });

  it('drops emoji, punctuation, symbols and spaces', () => {
    expect(normalizeText('🙋‍♀️在吗，亲？？')).toBe('在吗亲');
    expect(normalizeText('老板 在吗😊～～')).toBe('老板在吗');
    expect(normalizeText('谢谢亲 爱你❤️')).toBe('谢谢亲爱你');
  });

  it('collapses hammered keys but keeps doubled words, which are grammar', () => {
    expect(normalizeText('在吗吗吗')).toBe('在吗');
    expect(normalizeText('哈哈哈哈哈')).toBe('哈');
    expect(normalizeText('客服客服客服')).toBe('客服');
    expect(normalizeText('我再想想')).toBe('我再想想');
    expect(normalizeText('谢谢')).toBe('谢谢');
  });

  it('leaves numbers alone', () => {
    expect(normalizeText('买1000个')).toBe('买1000个');
    expect(normalizeText('268抹个零')).toBe('268抹个零');
  });

  it('maps buyer abbreviations to the words packs are written in', () => {
    expect(normalizeText('kd到哪了')).toBe('快递到哪了');
    expect(normalizeText('fh了没')).toBe('发货了没');
    expect(normalizeText('yf谁出')).toBe('运费谁出');
    expect(normalizeText('fp啥时候开好')).toBe('发票什么时候开好');
    expect(normalizeText('3q')).toBe('谢谢');
    expect(normalizeText('thx')).toBe('谢谢');
    expect(normalizeText('pdd同款')).toBe('拼多多同款');
    expect(normalizeText('ok 没问题了')).toBe('好的没问题了');
  });

  it('reads an approving emoji as the word it stands for, so 👌 alone is an answer', () => {
    expect(normalizeText('👌')).toBe('好的');
    expect(normalizeText('👍🏻')).toBe('好的');
    expect(normalizeText('收到了 👌')).toBe('收到了好的');
  });

  it('expands an abbreviation only when it stands alone', () => {
    expect(normalizeText('好的 88')).toBe('好的拜拜');
    expect(normalizeText('88块包邮吗')).toBe('88块包邮吗');
    expect(normalizeText('kdz')).toBe('kdz');
  });

  it('fixes common input-method typos', () => {
    expect(normalizeText('包油吗')).toBe('包邮吗');
    expect(normalizeText('啥时候法货')).toBe('什么时候发货');
    expect(normalizeText('有没优慧卷')).toBe('有没优惠券');
    expect(normalizeText('能开发漂吗')).toBe('能开发票吗');
  });

  it('gives an empty string for a message with no words', () => {
    expect(normalizeText('？？？ 😂')).toBe('');
  });
});
