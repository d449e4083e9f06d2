import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORDING_CATEGORIES, wordingRuleSetSchema } from '../../utils/schemas/risky-wording-rule';
import { checkWording } from '../../utils/risky-wording/check-wording';
import { DEFAULT_WORDING_RULES_VERSION, defaultCompiledWordingRules, defaultWordingRules, defaultWordingRuleSet } from '../../utils/risky-wording/default-rules';
import { normalizeLiteral } from '../../utils/risky-wording/normalize-with-offsets';
import { checkWithRedosDetector, MAX_PATHS_PER_START } from '../../utils/schemas/regex-safety';
import { boundedPathCount } from '../../utils/schemas/regex-path-bound';
import { evaluateCase, parseWordingEvalFile, scoreWordingEval } from '../../utils/dev-tools/eval/risky-wording-eval';

const json: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../phrases/risky-wording-rules.json', import.meta.url)), 'utf8'));

describe('the default wording rules (phrases/risky-wording-rules.json)', () => {
  it('parse with the rule set schema, regex checks included', () => {
    const started = performance.now();
    const parsed = wordingRuleSetSchema.safeParse(json);
    console.log(`[wording rules] schema parse of ${defaultWordingRules().length} rules: ${(performance.now() - started).toFixed(0)} ms (verdicts cached after the first parse)`);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(defaultWordingRuleSet().id).toBe('default-zh');
    // What a waking worker compares to decide whether to seed the rules again, read without parsing them.
    expect(DEFAULT_WORDING_RULES_VERSION).toBe(defaultWordingRuleSet().version);
  });

  it('cover all eight categories', () => {
    expect(new Set(defaultWordingRules().map((rule) => rule.category))).toEqual(new Set(WORDING_CATEGORIES));
  });

  it('name the platform or law behind every reason, in both languages', () => {
    const source = /天猫|淘宝|拼多多|抖店|京东|广告法|办法|个人信息保护法|DSR/;
    const sourceEn = /Tmall|Taobao|Pinduoduo|Douyin|JD|Advertising Law|Measures|Protection Law|DSR/;
    for (const rule of defaultWordingRules()) {
      expect(rule.reason['zh-CN'], rule.id).toMatch(source);
      expect(rule.reason.en, rule.id).toMatch(sourceEn);
    }
  });

  it('offer alternatives that are themselves clean', () => {
    const rules = defaultCompiledWordingRules();
    for (const rule of defaultWordingRules()) {
      expect(checkWording(rules, rule.alternative['zh-CN']), `${rule.id}: ${rule.alternative['zh-CN']}`).toEqual([]);
    }
  });

  it('have literals that survive normalisation', () => {
    for (const rule of defaultWordingRules()) {
      for (const literal of [...rule.terms, ...rule.exceptions, ...rule.sentenceExceptions, ...rule.patterns.flatMap((p) => p.anchors)]) {
        expect(normalizeLiteral(literal).length, `${rule.id}: "${literal}"`).toBeGreaterThan(0);
      }
    }
  });

  it('are each proven safe by counting paths, so no start of the worker waits on the ReDoS checker', () => {
    // The counting proof is instant and the same on every machine; redos-detector takes about a
    // second on a branchy regex, which every worker start would pay, slower on a busy machine.
    for (const rule of defaultWordingRules()) {
      for (const pattern of rule.patterns) {
        const paths = boundedPathCount(pattern.regex);
        expect(paths !== null && paths <= MAX_PATHS_PER_START, `${rule.id}: ${pattern.regex} has ${paths ?? 'unbounded'} paths`).toBe(true);
      }
    }
  });

  it('show no catastrophic backtracking to redos-detector either, not only to the path count', () => {
    const started = performance.now();
    let gaveUp = 0;
    let total = 0;
    for (const rule of defaultWordingRules()) {
      for (const pattern of rule.patterns) {
        total++;
        const problem = checkWithRedosDetector(pattern.regex);
        expect(problem?.kind, `${rule.id}: ${pattern.regex}`).not.toBe('backtracking');
        if (problem) gaveUp++;
      }
    }
    // redos-detector gives up (step limit) on the branchiest word lists; their path count bounds them.
    console.log(`[wording rules] redos-detector over ${total} shipped regexes: ${(performance.now() - started).toFixed(0)} ms, proven safe ${total - gaveUp}, gave up on ${gaveUp}`);
  }, 180_000);

  it('keep their scores on the drafts written for this repository', () => {
    const rules = defaultCompiledWordingRules();
    for (const name of ['held-out-drafts.tsv', 'held-out-drafts-2.tsv', 'held-out-drafts-3.tsv', 'held-out-drafts-4.tsv', 'held-out-drafts-5.tsv', 'everyday-replies.tsv']) {
      const path = fileURLToPath(new URL(`../fixtures/risky-wording/${name}`, import.meta.url));
      const cases = parseWordingEvalFile(readFileSync(path, 'utf8'), name);
      const outcomes = cases.map((c) => evaluateCase(c, checkWording(rules, c.draft)));
      const score = scoreWordingEval(outcomes);
      const falseAlarms = outcomes.filter((o) => o.testCase.expected === 'safe' && o.flagged).map((o) => o.testCase.draft);
      expect(falseAlarms, name).toEqual([]);
      if (score.n > falseAlarms.length && outcomes.some((o) => o.testCase.expected !== 'safe')) {
        expect(score.recall, name).toBeGreaterThanOrEqual(0.92);
        expect(score.categoryAccuracy, name).toBeGreaterThanOrEqual(0.9);
      }
    }
  });
});
