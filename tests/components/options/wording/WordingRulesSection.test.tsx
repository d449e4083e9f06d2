// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '../../console/antd-in-jsdom';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../../components/i18n/i18n-provider';
import type { OptionsServices } from '../../../../components/options/options-services';
import { WordingRulesSection } from '../../../../components/options/wording/WordingRulesSection';
import type { LibraryDb } from '../../../../utils/db/library-db';
import { addFlaggedRule, readAllRules, seedDefaultWordingRules, setRuleStatus } from '../../../../utils/library/risky-wording-rules-store';
import { saveSettings } from '../../../../utils/settings/settings-store';
import { closeTestLibraryDbs, openTestLibraryDb } from '../../../utils/db/test-library-db';
import { renderInConsole } from '../../console-sections/render-in-console';

const WECHAT_FLAG = { term: '老地方聊', reason: '暗指私下联系，站外引流', category: 'off-platform' } as const;
const CASH_FLAG = { term: '现金返还', reason: '诱导好评', category: 'review-incentive' } as const;

function servicesOn(db: LibraryDb): OptionsServices {
  const call = vi.fn(async () => ({ packs: [], phraseCount: 0 }));
  return { call: call as unknown as OptionsServices['call'], library: () => db };
}

async function libraryWithShippedRules(): Promise<LibraryDb> {
  const db = openTestLibraryDb();
  await seedDefaultWordingRules(db);
  return db;
}

const rowsOf = (testId: string) => within(screen.getByTestId(testId)).queryAllByTestId('wording-rule');
const statusOf = (row: HTMLElement) => within(row).getByTestId('wording-rule-status');

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  closeTestLibraryDbs();
});

describe('违规词: the lead reviews agents’ flags and the packs’ rules', () => {
  it('shows each rule’s state on a tag: 待审核, then 已生效 once approved, 已驳回 once rejected, 已停用 for a pack rule switched off', async () => {
    const db = await libraryWithShippedRules();
    await addFlaggedRule(db, WECHAT_FLAG);
    await addFlaggedRule(db, CASH_FLAG);
    renderInConsole(<WordingRulesSection services={servicesOn(db)} />);

    // The first reading parses every rule with the regex-safety checker (about 1.5 s on a loaded
    // 2-core machine), longer than waitFor's default second.
    await waitFor(() => expect(rowsOf('wording-flags')).toHaveLength(2), { timeout: 10_000 });
    const flag = (term: string) => rowsOf('wording-flags').find((row) => row.textContent?.includes(term))!;
    expect(statusOf(flag('老地方聊')).textContent).toBe('待审核');
    expect(statusOf(flag('老地方聊')).className).toContain('ant-tag-orange');

    fireEvent.click(within(flag('老地方聊')).getByText(/^通\s?过$/));
    await waitFor(() => expect(statusOf(flag('老地方聊')).textContent).toBe('已生效'));
    expect(statusOf(flag('老地方聊')).className).toContain('ant-tag-green');
    expect(flag('老地方聊').getAttribute('data-status')).toBe('active');

    fireEvent.click(within(flag('现金返还')).getByText(/^驳\s?回$/));
    await waitFor(() => expect(statusOf(flag('现金返还')).textContent).toBe('已驳回'));
    expect(statusOf(flag('现金返还')).className).toContain('ant-tag-red');

    // A pack's rule is switched off, not rejected: its tag says so. (Buttons are found by their
    // text: role queries over a 20-row antd table take seconds in jsdom.)
    const packRule = rowsOf('wording-rules').find((row) => within(row).queryByText(/^停\s?用$/))!;
    const uid = packRule.getAttribute('data-rule-uid');
    fireEvent.click(within(packRule).getByText(/^停\s?用$/));
    await waitFor(() => expect(statusOf(rowsOf('wording-rules').find((row) => row.getAttribute('data-rule-uid') === uid)!).textContent).toBe('已停用'));
    expect((await readAllRules(db)).find((rule) => rule.uid === uid)?.status).toBe('rejected');
  });

  it('shows a locked rule as 已锁定, with no way to switch it off', async () => {
    const db = await libraryWithShippedRules();
    // A pack that locks a rule (the shipped set may or may not lock any).
    const [first] = await readAllRules(db);
    const locked = { ...first!, locked: true };
    await db.rules.put(locked);
    renderInConsole(<WordingRulesSection services={servicesOn(db)} />);
    fireEvent.change(await screen.findByRole('searchbox', { name: '搜索词条、类别、来源或状态' }), { target: { value: locked.terms[0] ?? '' } });

    // waitFor retries only while its callback throws: a row not rendered yet must throw, not return undefined.
    const row = await waitFor(() => {
      const found = rowsOf('wording-rules').find((candidate) => candidate.getAttribute('data-rule-uid') === locked.uid);
      if (found === undefined) throw new Error('the locked rule is not listed yet');
      return found;
    });
    expect(within(row).getByText('已锁定')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /^停\s?用$/ })).toBeNull();
  });

  it('filters both tables by the words in the search box, wherever a rule is on its pages', async () => {
    const db = await libraryWithShippedRules();
    await addFlaggedRule(db, WECHAT_FLAG);
    const all = await readAllRules(db);
    renderInConsole(<WordingRulesSection services={servicesOn(db)} />);
    await waitFor(() => expect(rowsOf('wording-flags')).toHaveLength(1));
    // 20 rows a page: the shipped rules need two.
    expect(rowsOf('wording-rules')).toHaveLength(20);
    const search = screen.getByRole('searchbox', { name: '搜索词条、类别、来源或状态' });

    fireEvent.change(search, { target: { value: '发票' } });
    const invoiceRules = all.filter((rule) => rule.category === 'invoice').map((rule) => rule.uid);
    expect(rowsOf('wording-rules').map((row) => row.getAttribute('data-rule-uid'))).toEqual(invoiceRules);
    expect(invoiceRules.length).toBeGreaterThan(1);
    expect(rowsOf('wording-flags')).toHaveLength(0);

    // Several words: every one must be found in the row (term and state here).
    fireEvent.change(search, { target: { value: '老地方 待审核' } });
    expect(rowsOf('wording-flags')).toHaveLength(1);
    expect(rowsOf('wording-rules')).toHaveLength(0);
    expect(within(screen.getByTestId('wording-rules')).getByText('没有符合“老地方 待审核”的记录')).toBeTruthy();

    fireEvent.change(search, { target: { value: '' } });
    expect(rowsOf('wording-rules')).toHaveLength(20);
    expect(rowsOf('wording-flags')).toHaveLength(1);

    // The pages' arrows (the pack rules' table alone has pages) are named in the page's language,
    // not by antd's icon names.
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(rowsOf('wording-rules')).toHaveLength(all.length - 1 - 20);
    expect(screen.getByRole('button', { name: '上一页' })).toBeTruthy();
  });

  it('speaks English when the agent chose it: the tags and the search find the English state', async () => {
    await saveSettings({ language: 'en' });
    const db = await libraryWithShippedRules();
    await addFlaggedRule(db, WECHAT_FLAG);
    const flag = (await readAllRules(db)).find((rule) => rule.terms.includes(WECHAT_FLAG.term))!;
    await setRuleStatus(db, flag.uid, 'rejected');
    renderInConsole(
      <I18nProvider>
        <WordingRulesSection services={servicesOn(db)} />
      </I18nProvider>,
    );

    await screen.findByText('Rejected');
    expect(statusOf(rowsOf('wording-flags')[0]!).textContent).toBe('Rejected');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search terms, categories, sources or states' }), { target: { value: 'in force' } });
    expect(rowsOf('wording-flags')).toHaveLength(0);
    expect(rowsOf('wording-rules').every((row) => statusOf(row).textContent === 'In force')).toBe(true);
    expect(rowsOf('wording-rules').length).toBeGreaterThan(0);
  });
});
