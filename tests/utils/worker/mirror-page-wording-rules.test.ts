import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageWordingRules, savePageWordingRules } from '../../../utils/settings/page-wording-rules-store';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';
import type { ServedWordingRule } from '../../../utils/messaging/protocol';
import { mirrorWordingRulesForPages } from '../../../utils/worker/mirror-page-wording-rules';

const flag: ServedWordingRule = {
  uid: 'local/flag-1234abcd',
  rule: { id: 'flag-1234abcd', category: 'off-platform', severity: 'warn', terms: ['老地方见'], reason: { 'zh-CN': '暗示线下交易', en: 'hints at meeting offline' }, alternative: { 'zh-CN': '请换一种说法。', en: 'Please rephrase.' } },
} as ServedWordingRule;

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the rules chat pages read at start, kept by the worker in storage.local', () => {
  it('on a fresh profile, keeps the shipped rules at once, before any library is read', async () => {
    mirrorWordingRulesForPages();
    await vi.waitFor(async () => expect(await loadPageWordingRules()).not.toBeNull());
    const kept = await loadPageWordingRules();
    expect(kept?.version).toBeNull();
    expect(kept?.rules?.map((served) => served.uid)).toEqual(defaultWordingRules().map((rule) => `default-rules/${rule.id}`));
  });

  it('keeps what the worker served, once per library version, and leaves kept rules alone at start', async () => {
    await savePageWordingRules({ version: 'v1', rules: [flag] });
    const mirror = mirrorWordingRulesForPages();
    await settled();
    expect((await loadPageWordingRules())?.version).toBe('v1');

    const setItem = vi.spyOn(fakeBrowser.storage.local, 'set');
    mirror.served({ version: 'v2', served: [flag] });
    mirror.served({ version: 'v2', served: [flag] });
    await vi.waitFor(async () => expect((await loadPageWordingRules())?.version).toBe('v2'));
    expect(setItem).toHaveBeenCalledTimes(1);
  });
});
