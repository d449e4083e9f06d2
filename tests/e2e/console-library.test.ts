import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { bytesToBase64 } from '../../utils/packs/base64';
import { packSchema, type PackInput } from '../../utils/schemas/pack';
import { auditControlNames, markFocusableControls, reachedByTab } from './support/accessibility';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

/** The team's pack: five after-sales phrases in 退款进度与到账, a greeting (locked), and a topic of its own to move phrases to. */
const TEAM_PACK: PackInput = {
  format: 2,
  id: 'team-shop',
  name: '团队售后话术',
  version: '1.0.0',
  author: '售后主管',
  topics: [{ id: 'after-sales.slow-refund', category: 'after-sales', labels: { 'zh-CN': '退款慢', en: 'Slow refunds' } }],
  phrases: [
    { id: 'refund-001', text: '亲，退款会在审核后1到3个工作日原路退回哦～', category: 'after-sales', topic: 'after-sales.refund-progress' },
    { id: 'refund-002', text: '亲，退款已经提交了，请留意银行卡到账通知～', category: 'after-sales', topic: 'after-sales.refund-progress' },
    { id: 'refund-003', text: '亲，支付宝付款的退款一般当天就到账哦～', category: 'after-sales', topic: 'after-sales.refund-progress' },
    { id: 'refund-004', text: '亲，信用卡退款以银行入账时间为准哦～', category: 'after-sales', topic: 'after-sales.refund-progress' },
    { id: 'refund-005', text: '亲，退款到账后会有短信提醒的～', category: 'after-sales', topic: 'after-sales.refund-progress' },
    { id: 'greet-001', text: '亲，欢迎光临团队小店，有什么可以帮您？', category: 'greeting', topic: 'greeting.open' },
  ],
  locked: { phrases: ['greet-001'] },
};
const MOVED = ['refund-001', 'refund-002', 'refund-003'];

async function installTeamPack(page: Page): Promise<void> {
  const text = JSON.stringify(TEAM_PACK);
  const answer = await requestFromBackground(page, 'previewImport', {
    file: { base64: bytesToBase64(new TextEncoder().encode(text)), fileName: 'team-shop.json' },
  });
  if (!answer.ok) throw new Error(answer.problems.map((problem) => problem.reason).join('\n'));
  const committed = await requestFromBackground(page, 'commitImport', { previewId: answer.previewId, expectedLibraryVersion: answer.preview.libraryVersion });
  expect(committed).toMatchObject({ status: 'committed', packId: 'team-shop', version: '1.0.0' });
}

async function installedTeamPack(page: Page) {
  return packSchema.parse(JSON.parse((await requestFromBackground(page, 'exportPack', { packId: 'team-shop', format: 'json' })).text));
}

/** Picks an option of an antd Select and waits until its list has closed (its motion ends), as a user would before going on. */
async function choose(page: Page, testId: string, option: string, typed?: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (typed) await page.keyboard.type(typed);
  await page.locator('.ant-select-item-option', { hasText: option }).click();
  await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
}

const count = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-count'));

describe('the library page: a team lead edits the team pack as a draft and publishes it', () => {
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    extension = await startExtension();
    page = await extension.openExtensionPage('options.html#phrases');
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('adds an agent’s own phrase under 我的话术, which the agent then uses', async () => {
    await installTeamPack(page);
    await page.getByTestId('options-nav-phrases').click();
    await page.getByTestId('personal-text').fill('亲，我们家的茶都是当季新茶哦～');
    await page.getByTestId('personal-add').click();
    await expect.poll(() => page.getByTestId('phrases-message').textContent()).toContain('已添加');
    await page.getByTestId('options-phrase-search').fill('当季新茶');
    const row = page.locator('[data-testid="options-phrase-row"][data-phrase-uid^="personal/"]');
    await row.waitFor();
    const uid = (await row.getAttribute('data-phrase-uid')) ?? '';
    await requestFromBackground(page, 'recordInsertion', { phraseUid: uid, intent: 'product' });
    await requestFromBackground(page, 'recordInsertion', { phraseUid: uid, intent: 'product' });

    // Its drawer shows the two uses.
    await row.getByTestId('phrase-open').click();
    await expect.poll(() => page.getByTestId('drawer-usage').getAttribute('data-total')).toBe('2');
    await page.getByRole('button', { name: '关闭话术详情' }).click();
    await page.getByTestId('drawer-usage').waitFor({ state: 'hidden' });
    await page.getByTestId('options-phrase-search').fill('');
  });

  it('shows the draft mode plainly, and selecting a node of the tree filters the table', async () => {
    await page.getByTestId('library-mode-draft').click();
    await choose(page, 'library-draft-pack', '团队售后话术');
    const banner = page.getByTestId('library-draft-banner');
    await expect.poll(() => banner.textContent()).toContain('团队售后话术');
    expect(await banner.getAttribute('data-changes')).toBe('0');
    await expect.poll(() => count(page, 'options-phrases')).toBe(6);

    await page.locator('[data-testid="library-tree-node"][data-node="after-sales"]').click();
    await expect.poll(() => count(page, 'options-phrases')).toBe(5);
    await page.locator('[data-testid="library-tree-node"][data-node="greeting"]').click();
    await expect.poll(() => count(page, 'options-phrases')).toBe(1);
    await expect.poll(() => page.getByTestId('row-locked').count()).toBe(1);
    await page.locator('[data-testid="library-tree-node"][data-node="after-sales"]').click();
    await page.locator('[data-testid="library-tree-node"][data-node="after-sales/after-sales.refund-progress"]').click();
    await expect.poll(() => count(page, 'options-phrases')).toBe(5);
  });

  it('moves three team phrases to another topic in the draft; the installed pack stays as it was', async () => {
    for (const id of MOVED) {
      await page.locator(`[data-testid="options-phrase-row"][data-phrase-uid="team-shop/${id}"] input[type="checkbox"]`).check();
    }
    await expect.poll(() => page.getByTestId('bulk-actions').textContent()).toContain('已选 3 条');
    await choose(page, 'bulk-target', '售后 › 退款慢', '退款慢');
    await page.getByTestId('bulk-move').click();

    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('1');
    expect(await page.getByTestId('library-draft-banner').textContent()).toContain('1 处未发布的修改');
    await expect.poll(() => count(page, 'options-phrases')).toBe(2);
    await page.locator('[data-testid="library-tree-node"][data-node="after-sales/after-sales.slow-refund"]').click();
    await expect.poll(() => count(page, 'options-phrases')).toBe(3);

    const installed = await installedTeamPack(page);
    expect(installed.version).toBe('1.0.0');
    expect(installed.phrases.filter((phrase) => phrase.topic === 'after-sales.slow-refund')).toEqual([]);

    // The draft survives closing the page.
    await page.reload();
    await page.getByTestId('library-mode-draft').click();
    await choose(page, 'library-draft-pack', '团队售后话术');
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('1');
  });

  it('发布新版本 installs version 1.0.1 with the moved phrases; the agent’s own phrase and its uses survive', async () => {
    // A pin of a team phrase, which the upgrade must keep like the agent's own phrase.
    await requestFromBackground(page, 'setFavourite', { phraseUid: 'team-shop/refund-004', pinned: true });
    await page.getByTestId('library-draft-publish').click();
    await expect.poll(() => page.getByTestId('library-published').getAttribute('data-version'), { timeout: 20_000 }).toBe('1.0.1');
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('0');

    const status = await requestFromBackground(page, 'getLibraryStatus', undefined);
    expect(status.packs.find((pack) => pack.id === 'team-shop')?.version).toBe('1.0.1');
    const installed = await installedTeamPack(page);
    expect(installed.phrases.filter((phrase) => phrase.topic === 'after-sales.slow-refund').map((phrase) => phrase.id)).toEqual(MOVED);
    expect(installed.locked.phrases).toEqual(['greet-001']);

    const backup = JSON.parse((await requestFromBackground(page, 'backup', undefined)).text) as {
      tables: { phrases: { uid: string; text: string }[]; usage: { phraseUid: string; count: number }[] };
    };
    const own = backup.tables.phrases.find((phrase) => phrase.text === '亲，我们家的茶都是当季新茶哦～');
    expect(own?.uid).toMatch(/^personal\//);
    expect(backup.tables.usage.filter((row) => row.phraseUid === own?.uid).reduce((sum, row) => sum + row.count, 0)).toBe(2);

    expect(await requestFromBackground(page, 'listFavourites', undefined)).toContain('team-shop/refund-004');

    // The packs list shows the new version.
    await page.getByTestId('options-nav-packs').click();
    await page.locator('[data-testid="installed-pack"][data-pack-id="team-shop"][data-version="1.0.1"]').waitFor();
  });

  it('works from the keyboard in draft mode: a tree node chosen with Enter, the batch bar and the drawer named and reached by Tab', async () => {
    await page.getByTestId('options-nav-phrases').click();
    await page.getByTestId('library-mode-draft').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('library-mode').getAttribute('data-mode')).toBe('draft');
    await choose(page, 'library-draft-pack', '团队售后话术');
    await expect.poll(() => count(page, 'options-phrases')).toBe(6);

    await page.locator('[data-testid="library-tree-node"][data-node="greeting"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page, 'options-phrases')).toBe(1);
    await page.locator('[data-testid="options-phrase-row"] input[type="checkbox"]').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('bulk-actions').waitFor();

    const audit = await auditControlNames(extension.context, page);
    expect(audit.unnamed).toEqual([]);
    const focusable = await markFocusableControls(page);
    const reached = await reachedByTab(page, focusable.length + 3);
    expect(focusable.filter((mark) => !reached.includes(mark))).toEqual([]);

    // Lock off with the keyboard in the phrase's drawer: one more change in the draft.
    await page.locator('[data-testid="options-phrase-row"]').getByTestId('phrase-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('draft-lock').waitFor();
    expect((await auditControlNames(extension.context, page)).unnamed).toEqual([]);
    await page.getByTestId('draft-lock').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('1');
    // 等待回复 on, by keyboard too: the phrase becomes a holding reply in the draft (a second change).
    await page.getByTestId('draft-holding').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('2');
    await expect.poll(() => page.getByTestId('draft-holding').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Escape');
    await page.getByTestId('draft-lock').waitFor({ state: 'hidden' });
  });
});
