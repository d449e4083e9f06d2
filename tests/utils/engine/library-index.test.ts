import { describe, expect, it } from 'vitest';
import { allPhrases, buildLibraryIndex, frequencyOf, postingCapFor, postingsOf, triggerAt } from '../../../utils/engine/library-index';
import { matchTriggers } from '../../../utils/engine/match-triggers';
import { normalizeText } from '../../../utils/engine/normalize';
import { suggest } from '../../../utils/engine/suggest';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';
import { chat, fixtureIndex } from './fixture-library';

function matchedTriggers(index: ReturnType<typeof fixtureIndex>, message: string): string[] {
  return matchTriggers(index, normalizeText(message)).map((match) => triggerAt(index, match.trigger).original);
}

describe('buildLibraryIndex: finding the buyer triggers a message uses', () => {
  const index = fixtureIndex('mini-pack');

  it('finds a short trigger inside a longer question (能便宜点呀 contains 便宜)', () => {
    expect(matchedTriggers(index, '老板能便宜点呀')).toContain('便宜');
  });

  it('finds a near-identical trigger with another particle (能便宜点不 ≈ 能便宜点吗)', () => {
    expect(matchedTriggers(index, '能便宜点不')).toContain('能便宜点吗');
  });

  it('finds 包邮 when the buyer types 包油', () => {
    expect(matchedTriggers(index, '包油吗 新疆的')).toContain('包邮');
  });

  it('finds a two-character trigger from a one-character message (在？)', () => {
    expect(matchedTriggers(index, '在？')).toContain('在吗');
  });

  it('does not read a one-character trigger into a longer word (在 inside 现在)', () => {
    const withCharacter = buildLibraryIndex({
      categories: [],
      phrases: [phrase('g', 'greeting', ['在']), phrase('s', 'shipping', ['现在发货吗'])],
    });
    expect(matchedTriggers(withCharacter, '在')).toEqual(['在']);
    expect(matchedTriggers(withCharacter, '现在能发吗')).not.toContain('在');
  });

  it('files every trigger once, with all the phrases that list it', () => {
    const shared = buildLibraryIndex({
      categories: [],
      phrases: [phrase('a', 'bargaining', ['便宜点', '包邮']), phrase('b', 'bargaining', ['便宜点！'])],
    });
    const triggers = Array.from({ length: shared.triggers.count }, (_, trigger) => triggerAt(shared, trigger));
    expect(triggers.filter((entry) => entry.normalized === '便宜点').map((entry) => entry.phrases)).toEqual([[0, 1]]);
  });

  it('keeps the lists of very common grams short, yet still finds triggers through rarer grams', () => {
    const phrases = Array.from({ length: 600 }, (_, i) => phrase(`p${i}`, 'product', [`亲这款${String.fromCodePoint(0x4e00 + i)}${String.fromCodePoint(0x5000 + i)}吗`]));
    const big = buildLibraryIndex({ categories: [], phrases });
    const cap = postingCapFor(big.triggers.count);
    expect(frequencyOf(big.triggerGrams, '亲这')).toBe(600);
    expect(postingsOf(big.triggerGrams, '亲这').length).toBe(cap);
    const last = phrases[599]?.triggers[0] ?? '';
    expect(matchedTriggers(big, last)).toContain(last);
  });

  it('keeps every phrase as the library gave it, in library order', () => {
    const phrases = [
      { ...phrase('a', 'bargaining', ['便宜点', '包邮']), shortcut: 'pyd', tags: ['议价', '包邮'] },
      phrase('b', 'after-sales', []),
      { ...phrase('c', 'bargaining', ['  有空格的问法 ']), packId: 'other', uid: 'other/c' },
    ];
    expect(allPhrases(buildLibraryIndex({ categories: [], phrases }))).toEqual(phrases);
  });

  it('finds triggers written with characters outside the BMP (CJK extension B)', () => {
    const rare = buildLibraryIndex({ categories: [], phrases: [phrase('r', 'product', ['𠀾𠁀有货吗']), phrase('s', 'shipping', ['发货吗'])] });
    expect(matchedTriggers(rare, '𠀾𠁀有货吗')[0]).toBe('𠀾𠁀有货吗');
    expect(suggest(rare, chat('请问𠀾𠁀有货吗')).suggestions[0]?.category).toBe('product');
  });

  it('knows the built-in categories and those a library declares', () => {
    const wholesale = fixtureIndex('wholesale-pack');
    expect(wholesale.categories.map((category) => category.id)).toEqual(expect.arrayContaining(['greeting', 'invoice', 'wholesale']));
  });
});

function phrase(id: string, category: string, triggers: string[]): LibraryPhrase {
  return { id, uid: `test/${id}`, packId: 'test', category, text: `回复${id}`, triggers, tags: [] };
}
