import { describe, expect, it } from 'vitest';
import { generateDrafts } from '../../../../utils/dev-tools/bench/bench-drafts';
import { BENCH_RULE_SET_SIZE, benchWordingRules } from '../../../../utils/dev-tools/bench/bench-wording-rules';
import { naiveWordingScanner } from '../../../../utils/dev-tools/bench/naive-wording-scan';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { defaultPack } from '../../../../utils/packs/default-pack';
import { compileRules } from '../../../../utils/risky-wording/compile-rules';
import { defaultWordingRules } from '../../../../utils/risky-wording/default-rules';

const library = libraryFromPacks([defaultPack()]).phrases;
const rules = benchWordingRules(defaultWordingRules(), library);

describe('the big rule set the wording scanner is timed against', () => {
  it('has the issue’s size: 5,000 terms and 50 regexes', () => {
    expect(rules.reduce((sum, rule) => sum + rule.terms.length, 0)).toBe(BENCH_RULE_SET_SIZE.terms);
    expect(rules.reduce((sum, rule) => sum + rule.patterns.length, 0)).toBe(BENCH_RULE_SET_SIZE.regexes);
  });

  it('is a rule set a team lead could import (every rule compiles), the same on every run', () => {
    expect(() => compileRules(rules)).not.toThrow();
    expect(benchWordingRules(defaultWordingRules(), library)).toEqual(rules);
  });
});

describe('the drafts it scans', () => {
  const drafts = generateDrafts(library, rules, 80);

  it('are 200 characters each, the same on every run', () => {
    expect(drafts.every((draft) => Array.from(draft).length === 200)).toBe(true);
    expect(generateDrafts(library, rules, 80)).toEqual(drafts);
  });

  it('sometimes hold a risky term of the shipped rules, as rushed agents write', () => {
    const shippedTerms = defaultWordingRules().flatMap((rule) => rule.terms);
    const risky = drafts.filter((draft) => shippedTerms.some((term) => draft.includes(term)));
    expect(risky.length).toBeGreaterThan(5);
    expect(risky.length).toBeLessThan(drafts.length);
  });
});

describe('the naive scanner it is compared with', () => {
  it('normalises like the real one, then finds terms and regexes', () => {
    const naive = naiveWordingScanner(defaultWordingRules());
    expect(naive.scan('亲，加 V 信聊吧')).toBeGreaterThan(0);
    expect(naive.scan('亲，您的包裹已经发出啦，请注意查收～')).toBe(0);
  });
});
