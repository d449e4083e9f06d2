import { describe, expect, it, vi } from 'vitest';
import { createWordingRulesSource } from '../../../utils/guard/page-risky-wording-rules';
import type { ServedWordingRule, WordingRulesAnswer } from '../../../utils/messaging/protocol';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';

const flag: ServedWordingRule = {
  uid: 'local/flag-1234abcd',
  rule: {
    id: 'flag-1234abcd',
    category: 'off-platform',
    severity: 'warn',
    terms: ['老地方见'],
    patterns: [],
    exceptions: [],
    sentenceExceptions: [],
    negatable: true,
    reason: { 'zh-CN': '暗示线下交易', en: 'hints at meeting offline' },
    alternative: { 'zh-CN': '请换一种说法。', en: 'Please rephrase.' },
  },
};

describe('the page’s copy of the wording rules', () => {
  it('ships no rules of its own (they would cost every chat page ~54 KB): nothing is flagged until the background answers', async () => {
    const rules = createWordingRulesSource(async () => ({
      version: 'v1',
      rules: defaultWordingRules().map((rule) => ({ uid: `default-rules/${rule.id}`, rule: rule as ServedWordingRule['rule'] })),
    }));
    expect(checkWording(rules.current().compiled, '加我微信聊')).toEqual([]);
    expect(await rules.refresh(true)).toBe(true);
    const findings = checkWording(rules.current().compiled, '加我微信聊');
    expect(findings[0]?.ruleId).toBe('off-platform-contact');
    expect(rules.current().uidOf('off-platform-contact')).toBe('default-rules/off-platform-contact');
  });

  it('reads the rules the worker kept for pages the moment it starts, before the worker answers', async () => {
    const never = new Promise<WordingRulesAnswer>(() => undefined);
    const rules = createWordingRulesSource(() => never, Date.now, undefined, undefined, async () => ({ version: 'v7', rules: [flag] }));
    const changed = vi.fn();
    rules.subscribe(changed);
    expect(checkWording(rules.current().compiled, '明天老地方见')).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(checkWording(rules.current().compiled, '明天老地方见')[0]).toMatchObject({ ruleId: 'flag-1234abcd' });
    expect(rules.current().uidOf('flag-1234abcd')).toBe('local/flag-1234abcd');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('keeps the worker’s own answer when it came before the kept rules were read, and asks with the kept version', async () => {
    let releaseKept: (answer: WordingRulesAnswer) => void = () => undefined;
    const kept = new Promise<WordingRulesAnswer>((resolve) => (releaseKept = resolve));
    const fetch = vi.fn(async (knownVersion?: string | null) => (knownVersion === 'v2' ? { version: 'v2', rules: null } : { version: 'v2', rules: [flag] }));
    const rules = createWordingRulesSource(fetch, Date.now, () => undefined, undefined, () => kept);
    expect(await rules.refresh(true)).toBe(true);
    releaseKept({ version: 'v1', rules: [] });
    await kept;
    await Promise.resolve();
    expect(checkWording(rules.current().compiled, '明天老地方见')[0]).toMatchObject({ ruleId: 'flag-1234abcd' });
    expect(await rules.refresh(true)).toBe(false);
    expect(fetch).toHaveBeenLastCalledWith('v2');
  });

  it('compiles what the background serves once per library version, and names each rule’s row', async () => {
    let now = 0;
    const answers: WordingRulesAnswer[] = [{ version: 'v1', rules: [flag] }];
    const fetch = vi.fn(async (knownVersion?: string | null) => (knownVersion === 'v1' ? { version: 'v1', rules: null } : answers[0]!));
    const rules = createWordingRulesSource(fetch, () => now, () => undefined);
    const changed = vi.fn();
    rules.subscribe(changed);

    expect(await rules.refresh()).toBe(true);
    const compiled = rules.current().compiled;
    expect(checkWording(compiled, '明天老地方见')[0]).toMatchObject({ ruleId: 'flag-1234abcd', severity: 'warn' });
    expect(rules.current().uidOf('flag-1234abcd')).toBe('local/flag-1234abcd');

    // Asked again too soon: answered from memory. Later: the background says nothing changed.
    expect(await rules.refresh()).toBe(false);
    now += 5000;
    expect(await rules.refresh()).toBe(false);
    expect(fetch.mock.calls).toEqual([[], ['v1']]);
    expect(rules.current().compiled).toBe(compiled);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('asks once more after a refused ask, so a flag made just after the last ask counts while the agent types on', async () => {
    let now = 0;
    let version = 'v1';
    const later: (() => void)[] = [];
    const fetch = vi.fn(async (knownVersion?: string | null): Promise<WordingRulesAnswer> =>
      knownVersion === version ? { version, rules: null } : { version, rules: version === 'v2' ? [flag] : [] },
    );
    const rules = createWordingRulesSource(fetch, () => now, (run, ms) => {
      expect(ms).toBe(1500 - 200);
      later.push(run);
    });
    await rules.refresh(true);
    // The agent flags 老地方见 in the popup just after the page asked, then types on at once.
    version = 'v2';
    now = 200;
    expect(await rules.refresh()).toBe(false);
    expect(await rules.refresh()).toBe(false);
    expect(later).toHaveLength(1);
    expect(checkWording(rules.current().compiled, '明天老地方见')).toEqual([]);

    now = 1500;
    later[0]!();
    await vi.waitFor(() => expect(checkWording(rules.current().compiled, '明天老地方见')[0]?.severity).toBe('warn'));
    expect(fetch.mock.calls).toEqual([[], ['v1']]);
  });

  it('keeps the last good rules when the background cannot be reached or serves rules that do not compile', async () => {
    let call = 0;
    const rules = createWordingRulesSource(async () => {
      call += 1;
      if (call === 1) return { version: 'v1', rules: [flag] };
      if (call === 2) throw new Error('Extension context invalidated.');
      return { version: 'v2', rules: [{ uid: 'local/x', rule: { ...flag.rule, terms: ['！！'] } }] };
    });
    expect(await rules.refresh(true)).toBe(true);
    expect(await rules.refresh(true)).toBe(false);
    expect(await rules.refresh(true)).toBe(false);
    expect(checkWording(rules.current().compiled, '明天老地方见')[0]?.ruleId).toBe('flag-1234abcd');
  });
});
