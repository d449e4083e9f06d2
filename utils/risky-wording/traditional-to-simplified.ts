import { Trie } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';
import type { ConversionStage, ScriptConversion } from './normalize-with-offsets';

/**
 * Traditional characters to simplified, so a draft typed in Taiwan or Hong Kong style (發票開不了,
 * 加個賴, 匯款到帳戶) or mixing both scripts meets the rules, which are written in simplified.
 * OpenCC's own tables (opencc-js, maintained with OpenCC) rather than a table of our own: tens of
 * thousands of characters and phrases, and the regional words (簡訊 → 短信, 軟體 → 软件).
 *
 * Two stages, as OpenCC's tw2sp and hk2s run them: regional variants and Taiwan's own words to
 * OpenCC's standard traditional, then standard traditional to simplified (phrases before single
 * characters, so 乾燥 becomes 干燥 but 乾隆 stays). The tables are some 100 KB: this module is for
 * the worker, never a chat page's bundle (the page checks with its literal rules at once and takes
 * the worker's fuller verdict as soon as it arrives).
 */
export function traditionalToSimplified(): ScriptConversion {
  return (conversion ??= buildConversion());
}

let conversion: ScriptConversion | undefined;

function buildConversion(): ScriptConversion {
  const tw = configs['tw2sp']?.conversionChain ?? [];
  const hk = configs['hk2s']?.conversionChain ?? [];
  const [twRegional = [], toSimplified = []] = tw;
  const [hkRegional = []] = hk;
  // Taiwan's entries first: loadDictGroup lets earlier dictionaries win where two define a key.
  const stages = [trieStage([...twRegional, ...hkRegional]), trieStage(toSimplified)];
  const sources = new Set<number>();
  for (const group of [twRegional, hkRegional, toSimplified]) {
    for (const dict of group) for (const [key, value] of entriesOf(dict)) if ([...key].length === 1 && key !== value) sources.add(key.codePointAt(0) ?? 0);
  }
  return {
    // Only drafts holding a traditional character pay for the stages (a phrase entry such as 乾燥
    // holds one too); most drafts hold none.
    applies(folded) {
      for (const char of folded) if (char.charCodeAt(0) >= 0x2e80 && sources.has(char.codePointAt(0) ?? 0)) return true;
      return false;
    },
    stages,
  };
}

type Dict = string | readonly (readonly [string, string])[];

function trieStage(group: readonly Dict[]): ConversionStage {
  const trie = new Trie();
  trie.loadDictGroup(group);
  return (text, at) => trie.matchPrefix(text, at);
}

function entriesOf(dict: Dict): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), entry.slice(space + 1)] as const;
  });
}
