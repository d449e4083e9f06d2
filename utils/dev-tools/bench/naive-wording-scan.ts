import type { WordingRule } from '../../schemas/risky-wording-rule';
import { normalizeLiteral, normalizeWithOffsets } from '../../risky-wording/normalize-with-offsets';
import { RULE_REGEX_FLAGS } from '../../schemas/regex-safety';

/**
 * The straightforward scanner the real one is measured against: normalise the draft the same
 * way, then `includes` for every term and run every regex. It finds that a rule matches, no
 * more (no exceptions, negation or positions), so it is a generous baseline.
 */
export interface NaiveWordingScanner {
  /** How many terms and regexes match `draft`. */
  scan(draft: string): number;
}

export function naiveWordingScanner(rules: readonly WordingRule[]): NaiveWordingScanner {
  const terms = rules.flatMap((rule) => rule.terms.map((term) => normalizeLiteral(term))).filter((term) => term.length > 0);
  const regexes = rules.flatMap((rule) => rule.patterns.map((pattern) => new RegExp(pattern.regex, RULE_REGEX_FLAGS)));
  return {
    scan(draft) {
      const text = normalizeWithOffsets(draft).text;
      let found = 0;
      for (const term of terms) if (text.includes(term)) found += 1;
      for (const regex of regexes) {
        regex.lastIndex = 0;
        if (regex.test(text)) found += 1;
      }
      return found;
    },
  };
}
