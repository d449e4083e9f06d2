import { describe, expect, it } from 'vitest';
import { regexGateWords } from '../../../utils/risky-wording/regex-gate-words';

describe('gate words: a regex runs only when a word every match needs is in the draft', () => {
  it('takes the most selective word list the regex cannot match without', () => {
    expect(regexGateWords('(?:转|打|汇)(?:到|进)?(?:银行卡|卡上|账户)')).toEqual(['银行卡', '卡上', '账户']);
    expect(regexGateWords('只能开(?:普票|收据)')).toEqual(['只能开']);
    expect(regexGateWords('(?:100%|百分百)(?:有效|安全)')).toEqual(['100%', '百分百']);
  });

  it('never takes an optional or repeated part, nor a character a quantifier applies to', () => {
    expect(regexGateWords('(?:亲)?(?:知道了|行吧)$')).toEqual(['知道了', '行吧']);
    expect(regexGateWords('只(?:能|会)?收据')).toEqual(['收据']);
    expect(regexGateWords('好评?(?:返现){1,2}')).toEqual(['好']);
    expect(regexGateWords('(?:发票|票){0,2}[一二三]{1,3}')).toEqual([]);
  });

  it('does not look inside classes, escapes, lookarounds or named groups', () => {
    expect(regexGateWords('(?<!\\d)(?:62|4\\d)\\d{14,17}(?!\\d)')).toEqual([]);
    expect(regexGateWords('(?<=[^，。])第(?:一|1)(?=$|，)')).toEqual(['第']);
    expect(regexGateWords('\\p{Script=Han}{1,6}(?:路|街)\\d{1,5}')).toEqual(['路', '街']);
    expect(regexGateWords('加[^，。加]{0,6}(?<hit>微信|qq)')).toEqual(['加']);
  });

  it('gives nothing for an alternation at the top level: either side may match alone', () => {
    expect(regexGateWords('微信|qq')).toEqual([]);
    expect(regexGateWords('(?:加)微信|扫码')).toEqual([]);
  });
});
