import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { clickInsert, suggestionsOf } from '../../utils/dev-tools/browser/suggestion-panel';
import { PRACTICE_SCENARIOS } from '../../utils/practice/practice-scenarios';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';

const standard = PRACTICE_SCENARIOS.find((scenario) => scenario.kind === 'standard')!;
/** The turn answered by hand, with a risky first draft the send guard has to stop. */
const RISKY_TURN = 1;
/** The greeting turn, answered with the `/hy` shortcut picker instead of the panel. */
const PICKER_TURN = 0;
const RISKY_DRAFT = '加我微信，发你实拍图';
/** Long enough for the panel to answer the buyer's new message (suggest runs in the worker). */
const SUGGESTIONS_SETTLE_MS = 600;

describe('practice mode: a trainee serves a simulated buyer through the standard flow and gets a score card', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];
  let demo: Page;
  const input = () => demo.locator('textarea#demo-reply-input');
  const agentTexts = () => demo.locator('li.msg.msg--agent .msg__text');
  const turnLabel = () => demo.getByTestId('practice-turn');
  /** Suggestions sent for a turn, and how many of them were of a category the turn expects. */
  const used = { sent: 0, fit: 0 };

  beforeAll(async () => {
    extension = await startExtension();
    refusedRequests = await refuseUnroutedNetwork(extension.context);
    demo = await extension.openExtensionPage('demo.html');
    await demo.locator('li.msg.msg--buyer').first().waitFor();
  });
  afterAll(async () => {
    await extension?.close();
  });

  /**
   * Inserts the first suggestion of a category the turn expects (else the first one) whose
   * placeholders all filled, then sends it with 发送. Returns whether its category fits the turn.
   */
  async function answerWithSuggestion(expected: readonly string[]): Promise<boolean> {
    await demo.waitForTimeout(SUGGESTIONS_SETTLE_MS);
    await suggestionsOf(demo).first().waitFor({ state: 'visible', timeout: 20_000 });
    const all = await suggestionsOf(demo).all();
    const byFit: Locator[] = [];
    for (const suggestion of all) {
      if (expected.includes((await suggestion.getAttribute('data-category')) ?? '')) byFit.push(suggestion);
    }
    for (const suggestion of [...byFit, ...all]) {
      await input().fill('');
      await clickInsert(suggestion);
      await expect.poll(() => input().inputValue()).not.toBe('');
      const inserted = await input().inputValue();
      // A blank the demo cannot fill ({订单号} with no order) would be stopped by the guard: next one.
      if (inserted.includes('{')) continue;
      const sentBefore = await agentTexts().count();
      await demo.locator('button#demo-send').click();
      await expect.poll(() => agentTexts().count()).toBe(sentBefore + 1);
      return byFit.includes(suggestion);
    }
    throw new Error('no suggestion could be sent as inserted');
  }

  it('starts from 练习模式 in the top bar, by keyboard, with the buyer in the same chat pane', async () => {
    const entry = demo.getByRole('button', { name: '练习模式' });
    await entry.focus();
    await demo.keyboard.press('Enter');
    const picker = demo.getByRole('dialog', { name: '选择练习场景' });
    await picker.waitFor();
    await expect.poll(() => demo.evaluate(() => document.activeElement?.getAttribute('data-practice-id'))).toBe(standard.id);
    await demo.keyboard.press('Enter');

    await demo.locator(`.conv-item.conv-item--active[data-conv-id="${standard.id}"]`).waitFor();
    expect(await demo.locator('.chat-header__name').textContent()).toBe(standard.buyer.nickname);
    await expect.poll(() => turnLabel().textContent()).toBe('第 1/6 轮 · 问候');
    await demo.getByTestId('practice-timer').waitFor();
    expect(await demo.getByTestId('practice-timer').getAttribute('data-late')).toBe('false');
  });

  /** Answers with the greeting picked by typing /hy and Enter, then 发送: it counts as a suggestion used. */
  async function answerWithShortcut(): Promise<void> {
    await input().fill('');
    await input().click();
    await demo.keyboard.type('/hy');
    await demo.locator('[data-testid="shortcut-picker-option"]').first().waitFor();
    await demo.keyboard.press('Enter');
    await expect.poll(() => input().inputValue()).toMatch(/^亲/);
    const sentBefore = await agentTexts().count();
    await demo.locator('button#demo-send').click();
    await expect.poll(() => agentTexts().count()).toBe(sentBefore + 1);
  }

  it('runs every turn to the end: a shortcut and suggestions inserted and sent, one risky draft stopped and fixed', async () => {
    for (const [index, turn] of standard.turns.entries()) {
      await expect.poll(() => turnLabel().textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^第 ${index + 1}/6 轮`));
      await demo.getByTestId('practice-timer').waitFor();
      if (index === PICKER_TURN) {
        await answerWithShortcut();
        used.sent += 1;
        used.fit += turn.expect.includes('greeting') ? 1 : 0;
        continue;
      }
      if (index !== RISKY_TURN) {
        if (await answerWithSuggestion(turn.expect)) used.fit += 1;
        used.sent += 1;
        continue;
      }
      await input().fill(RISKY_DRAFT);
      await input().press('Enter');
      const guard = demo.locator('[data-testid="send-guard"]');
      await expect.poll(() => guard.getAttribute('data-status')).toBe('blocked');
      // 替换 has the focus: Enter puts the safe wording in, the next Enter sends it.
      await expect.poll(() => demo.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('guard-replace');
      await demo.keyboard.press('Enter');
      await expect.poll(() => input().inputValue()).not.toBe(RISKY_DRAFT);
      const sentBefore = await agentTexts().count();
      await input().press('Enter');
      await expect.poll(() => agentTexts().count()).toBe(sentBefore + 1);
    }
    expect(used.sent).toBe(standard.turns.length - 1);

    const card = demo.getByRole('dialog', { name: '练习评分：标准流程' });
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getAttribute('data-testid')).toBe('practice-score-card');
  });

  it('shows the real figures on the score card', async () => {
    const card = demo.getByTestId('practice-score-card');
    const turns = standard.turns.length;
    expect(await card.getByTestId('practice-replies').getAttribute('data-count')).toBe(String(turns));
    const times = await card.getByTestId('practice-turn-time').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-response-ms')));
    expect(times).toHaveLength(turns);
    for (const time of times) {
      expect(Number(time)).toBeGreaterThan(0);
      expect(Number(time)).toBeLessThan(30_000);
    }
    expect(await card.getByTestId('practice-within-standard').textContent()).toBe(`${turns}/${turns} 轮在 30 秒内`);
    expect(await card.getByTestId('practice-caught').getAttribute('data-count')).toBe('1');
    expect(await card.getByTestId('practice-risky-sent').getAttribute('data-count')).toBe('0');
    expect(await card.getByTestId('practice-suggestions').getAttribute('data-used')).toBe(String(turns - 1));
    expect(await card.getByTestId('practice-suggestions').getAttribute('data-fit')).toBe(String(used.fit));
    const tips = await card.getByTestId('practice-tips').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-tip')));
    expect(tips).toContain('caught-before-sending');
    await expect.poll(() => demo.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('practice-again');
  });

  it('再练一次 starts the buyer over from the first turn; 结束练习 ends it and leaves the other buyers as they were', async () => {
    await demo.keyboard.press('Enter');
    await expect.poll(() => demo.getByTestId('practice-score-card').count()).toBe(0);
    await expect.poll(() => turnLabel().textContent(), { timeout: 20_000 }).toBe('第 1/6 轮 · 问候');
    expect(await demo.locator('li.msg.msg--agent').count()).toBe(0);
    await demo.getByRole('button', { name: '结束练习' }).click();
    await expect.poll(() => demo.getByTestId('practice-bar').count()).toBe(0);
    // The other demo buyers are still there, as before.
    expect(await demo.locator('.conv-item[data-conv-id="bargaining"]').count()).toBe(1);

    // The finished try is remembered on this computer: the picker shows how it went.
    await demo.getByRole('button', { name: '练习模式' }).click();
    const lastTry = demo.locator(`[data-testid="practice-scenario"][data-practice-id="${standard.id}"] [data-testid="practice-last-result"]`);
    await expect.poll(() => lastTry.textContent()).toMatch(new RegExp(`^上次：.+ · \\d+ 分 · ${standard.turns.length}/${standard.turns.length} 轮在 30 秒内$`));
    await demo.keyboard.press('Escape');
  });

  it('sent nothing to the network during practice', () => {
    expect(refusedRequests).toEqual([]);
  });
});
