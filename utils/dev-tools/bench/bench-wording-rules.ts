import type { LibraryPhrase } from '../../schemas/phrase';
import type { WordingCategory, WordingRule } from '../../schemas/risky-wording-rule';
import { WORDING_CATEGORIES } from '../../schemas/risky-wording-rule';
import { seededRandom, type SeededRandom } from './seeded-random';

export interface BenchRuleSetSize {
  terms: number;
  regexes: number;
}

/** The rule set: a platform's word list is thousands of entries long. */
export const BENCH_RULE_SET_SIZE: BenchRuleSetSize = Object.freeze({ terms: 5_000, regexes: 50 });

/** The schema allows this many terms per rule. */
const TERMS_PER_RULE = 500;

/**
 * A big team's rule set: the shipped rules (their regexes capped at `size.regexes`, kept in
 * order, anchors and all) plus word lists up to `size.terms` terms. The added words are what
 * such lists hold: names and coined words no reply uses (random runs of the library's own
 * characters), and pieces of buyer wordings, some of which do turn up in replies.
 */
export function benchWordingRules(
  shipped: readonly WordingRule[],
  library: readonly LibraryPhrase[],
  size: BenchRuleSetSize = BENCH_RULE_SET_SIZE,
  seed = 5050,
): WordingRule[] {
  const random = seededRandom(seed);
  let regexesLeft = size.regexes;
  const rules: WordingRule[] = [];
  for (const rule of shipped) {
    const patterns = rule.patterns.slice(0, regexesLeft);
    regexesLeft -= patterns.length;
    if (rule.terms.length === 0 && patterns.length === 0) continue;
    rules.push({ ...rule, patterns });
  }
  const shippedTerms = rules.reduce((sum, rule) => sum + rule.terms.length, 0);
  const words = generatedWords(random, library, Math.max(0, size.terms - shippedTerms));
  for (let start = 0; start < words.length; start += TERMS_PER_RULE) {
    const number = start / TERMS_PER_RULE + 1;
    const category = WORDING_CATEGORIES[(number - 1) % WORDING_CATEGORIES.length] ?? 'extreme-claim';
    rules.push(wordListRule(`bench-word-list-${number}`, category, words.slice(start, start + TERMS_PER_RULE)));
  }
  return rules;
}

function generatedWords(random: SeededRandom, library: readonly LibraryPhrase[], count: number): string[] {
  const characters = [...new Set(library.flatMap((phrase) => Array.from(phrase.text)).filter((char) => /\p{Script=Han}/u.test(char)))];
  const triggers = library.flatMap((phrase) => phrase.triggers).filter((trigger) => Array.from(trigger).length >= 3);
  const words = new Set<string>();
  while (words.size < count) {
    if (random.chance(0.7) || triggers.length === 0) {
      words.add(Array.from({ length: 2 + random.below(3) }, () => random.pick(characters, 'characters')).join(''));
    } else {
      const chars = Array.from(random.pick(triggers));
      const length = 3 + random.below(2);
      const start = random.below(Math.max(1, chars.length - length + 1));
      const word = chars.slice(start, start + length).join('');
      // A slice of a wording like "？？？？" is no word: a rule of it would not compile.
      if (/[\p{L}\p{N}]/u.test(word)) words.add(word);
    }
  }
  return [...words];
}

function wordListRule(id: string, category: WordingCategory, terms: string[]): WordingRule {
  return {
    id,
    category,
    severity: 'warn',
    terms,
    patterns: [],
    exceptions: [],
    sentenceExceptions: [],
    negatable: true,
    reason: { 'zh-CN': '团队词表：这个词需要主管确认后再发送。', en: 'Team word list: check this word with the team lead before sending.' },
    alternative: { 'zh-CN': '换一种说法，或先问主管。', en: 'Say it another way, or ask the team lead first.' },
  };
}
