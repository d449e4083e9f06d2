import { describe, expect, it } from 'vitest';
import { wordingRuleSchema, wordingRuleSetSchema, type WordingRuleInput } from '../../../utils/schemas/risky-wording-rule';
import { compileRules, WordingRulesError } from '../../../utils/risky-wording/compile-rules';

const reason = { 'zh-CN': '天猫规则：拒绝提供发票属违背承诺，扣 6 分', en: 'Tmall rules: refusing an invoice is a broken promise, 6 points' };
const alternative = { 'zh-CN': '亲，发票可以开的', en: 'We can issue an invoice.' };

function rule(overrides: Partial<WordingRuleInput> = {}): WordingRuleInput {
  return { id: 'invoice-refusal-test', category: 'invoice', severity: 'block', terms: ['不开发票'], reason, alternative, ...overrides };
}

function messagesOf(input: unknown): string {
  const result = wordingRuleSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((issue) => issue.message).join('\n');
}

describe('a team lead writes a wording rule', () => {
  it('accepts a plain rule and fills in the defaults', () => {
    const parsed = wordingRuleSchema.parse(rule({ patterns: ['开不了(?:发票|票)', { regex: '点位', anchors: ['发票'] }] }));
    expect(parsed.exceptions).toEqual([]);
    expect(parsed.sentenceExceptions).toEqual([]);
    expect(parsed.negatable).toBe(true);
    expect(parsed.patterns).toEqual([
      { regex: '开不了(?:发票|票)', anchors: [] },
      { regex: '点位', anchors: ['发票'] },
    ]);
  });

  it('rejects a regex that backtracks catastrophically, naming the rule and showing a safe rewrite', () => {
    const message = messagesOf(rule({ id: 'greedy-trap', patterns: ['(a+)+$'] }));
    expect(message).toContain('"greedy-trap"');
    expect(message).toContain('(a+)+$');
    expect(message).toContain('灾难性回溯');
    expect(message).toContain('"a+$"');
  });

  it('rejects a regex with invalid syntax with a clear message', () => {
    const message = messagesOf(rule({ id: 'broken-bracket', patterns: ['加(微信'] }));
    expect(message).toContain('"broken-bracket"');
    expect(message).toContain('写法有误');
    expect(message).toContain('invalid regex');
  });

  it('rejects a rule with nothing to match', () => {
    expect(messagesOf(rule({ terms: [], patterns: [] }))).toContain('至少需要一个词条或一个正则');
  });

  it('rejects an unknown category and a missing English reason', () => {
    expect(messagesOf(rule({ category: 'spam' as never }))).toContain('类别只能是');
    expect(messagesOf(rule({ reason: { 'zh-CN': '天猫规则', en: '' } }))).toContain('English text is required');
  });

  it('rejects two rules with the same id in one rule set', () => {
    const result = wordingRuleSetSchema.safeParse({ format: 1, id: 'team', version: '1.0.0', rules: [rule(), rule()] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join()).toContain('重复');
  });

  it('compileRules lists every problem with the rule it belongs to', () => {
    const attempt = () => compileRules([rule({ id: 'fine' }), rule({ id: 'greedy-trap', patterns: ['(a+)+$'] }), rule({ id: 'only-symbols', terms: ['！！ ~'] })]);
    expect(attempt).toThrow(WordingRulesError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as WordingRulesError).problems.join('\n');
      expect(problems).toContain('greedy-trap');
      expect(problems).toContain('only-symbols');
      expect(problems).not.toContain('规则 fine');
    }
  });
});
