import { describe, expect, it } from 'vitest';
import { packSchema } from '../../../utils/schemas/pack';
import { hasValidSelectorSyntax } from '../../../utils/schemas/css-selector-syntax';
import { siteOverrideState } from '../../../utils/schemas/site-override';

const BASE = { format: 4, id: 'fix', name: '页面修复', version: '1.0.0', author: '组长', phrases: [] };

/** Each problem as the importer lists it: where, and what it says. */
function problems(siteOverrides: unknown, format = 4): { path: string; message: string }[] {
  const parsed = packSchema.safeParse({ ...BASE, format, siteOverrides });
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('a pack’s siteOverrides (format 4)', () => {
  it('accepts replacements of a client’s published lists, trimmed', () => {
    const parsed = packSchema.parse({ ...BASE, siteOverrides: [{ client: 'feige', adapterVersion: 1, lists: { message: ['  .msgRow ', 'div:has(> [data-qa-id="x"])'] } }] });
    expect(parsed.siteOverrides).toEqual([{ client: 'feige', adapterVersion: 1, lists: { message: ['.msgRow', 'div:has(> [data-qa-id="x"])'] } }]);
  });

  it('refuses each mistake naming the path, the rule and an example', () => {
    expect(problems([{ client: 'taobao', adapterVersion: 1, lists: { message: ['.a'] } }])).toEqual([
      { path: 'siteOverrides.0.client', message: expect.stringMatching(/client 只能是内置客户端之一：pinduoduo \/ feige.*例如 \{"client":"feige"/) },
    ]);
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: { messages: ['.a'] } }])).toEqual([
      { path: 'siteOverrides.0.lists.messages', message: expect.stringMatching(/"feige" 没有名为 "messages" 的选择器列表；可用的有 messageList、message、.*docs\/site-lists\.md/) },
    ]);
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: { message: [] } }])).toEqual([
      { path: 'siteOverrides.0.lists.message', message: expect.stringMatching(/替换的选择器列表不能为空.*例如 \["\.msgRow"\]/) },
    ]);
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: {} }])).toEqual([
      { path: 'siteOverrides.0.lists', message: expect.stringMatching(/lists 至少替换一个列表/) },
    ]);
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: { message: ['.a[data-x'] } }])).toEqual([
      { path: 'siteOverrides.0.lists.message.0', message: expect.stringMatching(/不是有效的 CSS 选择器.*例如 "\.msgRow"/) },
    ]);
    expect(problems([
      { client: 'feige', adapterVersion: 1, lists: { message: ['.a'] } },
      { client: 'feige', adapterVersion: 1, lists: { input: ['.b'] } },
    ])).toEqual([{ path: 'siteOverrides.1.client', message: expect.stringMatching(/客户端 "feige" 的替换重复.*合并/) }]);
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: { message: ['.a'] } }], 3)).toEqual([
      { path: 'siteOverrides', message: expect.stringMatching(/需要话术包格式 4，例如 "format": 4/) },
    ]);
  });

  it('is data only: no markup, no script, no extra fields', () => {
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: { message: ['<script>alert(1)</script>'] } }])[0]?.message).toMatch(/不能含 </);
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: { message: ['.a\u0000'] } }])[0]?.path).toBe('siteOverrides.0.lists.message.0');
    expect(problems([{ client: 'feige', adapterVersion: 1, lists: { message: ['.a'] }, script: 'x()' }])).toEqual([]);
    // Extra keys are dropped by the mini object, never run: what is kept is the three fields.
    expect(packSchema.parse({ ...BASE, siteOverrides: [{ client: 'feige', adapterVersion: 1, lists: { message: ['.a'] }, script: 'x()' }] }).siteOverrides[0]).toEqual({
      client: 'feige',
      adapterVersion: 1,
      lists: { message: ['.a'] },
    });
  });

  it('keeps an override written for another adapter version as it is: its list names are that version’s', () => {
    expect(problems([{ client: 'feige', adapterVersion: 0, lists: { oldName: ['.a'] } }])).toEqual([]);
    expect(problems([{ client: 'feige', adapterVersion: 7, lists: { futureList: ['.a'] } }])).toEqual([]);
  });

  it('formats 1–3 without overrides read as before, with none', () => {
    for (const format of [1, 2, 3]) expect(packSchema.parse({ ...BASE, format }).siteOverrides).toEqual([]);
  });
});

describe('the version rule', () => {
  it('applies an override written for the built-in version only', () => {
    expect(siteOverrideState({ client: 'feige', adapterVersion: 1 })).toBe('active');
    expect(siteOverrideState({ client: 'feige', adapterVersion: 0 })).toBe('ignored-older');
    expect(siteOverrideState({ client: 'feige', adapterVersion: 2 })).toBe('ignored-newer');
  });
});

describe('selector syntax where no browser parses it (worker, pack CLI)', () => {
  it('accepts what the adapters use and refuses what no selector can be', () => {
    for (const selector of ['.msgRow', 'div:has(> [data-qa-id="qa-message-warpper"])', '[class*="avatar" i]', 'li[id^="middlePanel_list_"]', 'a, b > c', '.a\\:b']) {
      expect(hasValidSelectorSyntax(selector), selector).toBe(true);
    }
    for (const selector of ['.a[data-x', 'div)', 'a,', ', a', 'a >', '> a', 'a > > b', '[="x"]', "a[title='x]"]) {
      expect(hasValidSelectorSyntax(selector), selector).toBe(false);
    }
  });
});
