import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { buildPickerEntries } from '../../../utils/picker/picker-index';
import { loadPinyinKeys } from '../../../utils/picker/phrase-pinyin';
import { rankPickerMatches } from '../../../utils/picker/rank-picker-matches';
import { phraseUid, type LibraryPhrase } from '../../../utils/schemas/phrase';

function phrase(id: string, text: string, shortcut?: string): LibraryPhrase {
  return { id, uid: `test/${id}`, packId: 'test', text, category: 'greeting', triggers: [], tags: [], ...(shortcut ? { shortcut } : {}) };
}

const pinyinKeysOf = await loadPinyinKeys();
const defaultLibrary = buildPickerEntries(
  defaultPack().phrases.map((packPhrase) => ({ ...packPhrase, uid: phraseUid(defaultPack().id, packPhrase.id), packId: defaultPack().id })),
  pinyinKeysOf,
);
const greeting = defaultPack().phrases.find((candidate) => candidate.shortcut === 'hy');

describe('pinyinKeysOf: a phrase as typed without an input method', () => {
  it('gives initials and full pinyin of the Han characters, punctuation dropped', () => {
    expect(pinyinKeysOf('亲，欢迎光临！')).toEqual({ initials: 'qhygl', full: 'qinhuanyingguanglin' });
  });

  it('keeps latin letters and digits, lower-cased, and spells ü as v', () => {
    expect(pinyinKeysOf('7天无理由 OK')).toEqual({ initials: '7twlyok', full: '7tianwuliyouok' });
    expect(pinyinKeysOf('女装').full).toBe('nvzhuang');
  });

  it('leaves placeholders out: "{买家}您好" is typed as /nh', () => {
    expect(pinyinKeysOf('{买家}您好').initials).toBe('nh');
  });
});

describe('rankPickerMatches: what /… lists, best first', () => {
  const entries = buildPickerEntries([
    phrase('long', '欢迎下次光临，祝您生活愉快'),
    phrase('exact', '亲，在的，有什么可以帮您？', 'hy'),
    phrase('prefix', '很高兴为您服务', 'hyy'),
    phrase('initials', '还要别的吗'),
    phrase('inside', '亲，欢迎光临'),
  ], pinyinKeysOf);

  it('puts the exact shortcut first, then a longer shortcut, then phrases starting with those initials (shorter first)', () => {
    expect(rankPickerMatches(entries, 'hy', 10).map((found) => found.id)).toEqual(['exact', 'prefix', 'initials', 'long', 'inside']);
  });

  it('finds a phrase by the initials of its opening words', () => {
    expect(rankPickerMatches(entries, 'hyb', 10).map((found) => found.id)).toEqual(['initials']);
  });

  it('finds phrases by full pinyin, the one starting with it first', () => {
    expect(rankPickerMatches(entries, 'huanying', 10).map((found) => found.id)).toEqual(['long', 'inside']);
  });

  it('finds phrases by Chinese text, and is case-blind', () => {
    expect(rankPickerMatches(entries, '欢迎', 10).map((found) => found.id)).toEqual(['long', 'inside']);
    expect(rankPickerMatches(entries, 'HY', 1).map((found) => found.id)).toEqual(['exact']);
  });

  it('keeps to the limit and finds nothing for nothing', () => {
    expect(rankPickerMatches(entries, 'h', 2)).toHaveLength(2);
    expect(rankPickerMatches(entries, '', 10)).toEqual([]);
    expect(rankPickerMatches(entries, 'zzzz', 10)).toEqual([]);
  });

  it('lists the default pack greeting first for /hy, /huanying and /欢迎', () => {
    expect(greeting).toBeDefined();
    for (const query of ['hy', 'huanying', '欢迎']) {
      const [first] = rankPickerMatches(defaultLibrary, query, 6);
      expect(first?.shortcut === 'hy' || first?.text.includes('欢迎'), `for /${query}`).toBe(true);
    }
    expect(rankPickerMatches(defaultLibrary, 'hy', 6)[0]?.id).toBe(greeting?.id);
  });
});
