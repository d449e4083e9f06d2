import type { LibraryPhrase } from '../../schemas/phrase';
import type { WordingRule } from '../../schemas/risky-wording-rule';
import { seededRandom } from './seeded-random';

/** What an agent's draft is made of: the library's replies, placeholders filled in. */
const PLACEHOLDER_VALUES: Readonly<Record<string, string>> = Object.freeze({
  店铺名: '小满家居旗舰店',
  客服名: '小雨',
  买家: '王女士',
  订单号: '2611230012',
  日期: '11月25日',
});

/**
 * Agent drafts of exactly `length` characters, stitched from library replies; about one in four
 * has a risky term of the shipped rules written into it, as agents under pressure do.
 */
export function generateDrafts(library: readonly LibraryPhrase[], rules: readonly WordingRule[], count: number, length = 200, seed = 2020): string[] {
  const random = seededRandom(seed);
  const replies = library.map((phrase) => phrase.text.replace(/\{([^{}]+)\}/g, (_, name: string) => PLACEHOLDER_VALUES[name] ?? name));
  const riskyTerms = rules.filter((rule) => !rule.id.startsWith('bench-')).flatMap((rule) => rule.terms);
  return Array.from({ length: count }, () => {
    let draft = '';
    while (Array.from(draft).length < length) draft += random.pick(replies, 'replies');
    const chars = Array.from(draft).slice(0, length);
    if (riskyTerms.length > 0 && random.chance(0.25)) {
      const term = Array.from(random.pick(riskyTerms));
      chars.splice(random.below(length - term.length), term.length, ...term);
    }
    return chars.join('');
  });
}
