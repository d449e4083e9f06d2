import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { suggestionsOf } from '../../utils/dev-tools/browser/suggestion-panel';
import { usageRecordSchema } from '../../utils/db/records';
import { INSERTION_OUTCOMES } from '../../utils/schemas/page-results';
import { openClientFixture, startWithClientFixture } from './support/open-client-fixture';
import { conversationIn, receiveBuyerMessage, showConversation, type FixtureConversation } from './support/client-conversation';
import { readLibraryRecord } from './support/library-records';
import { defaultPhraseByUid } from './support/phrase-match';

/** One agent's picks for 议价 lines, replayed in order (the file says what each field means). */
const pickLogSchema = z.object({
  intent: z.string(),
  picks: z.array(
    z.object({
      buyer: z.string().min(1),
      phrase: z.string().min(1),
      via: z.enum(['bar', 'library-search', 'picker']),
      search: z.string().optional(),
      code: z.string().optional(),
      then: z.enum(INSERTION_OUTCOMES),
      edit: z.string().optional(),
      reply: z.string().optional(),
    }),
  ),
});
type Pick = z.infer<typeof pickLogSchema>['picks'][number];

const PICK_LOG = pickLogSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/e2e/bargaining-pick-log.json', import.meta.url)), 'utf8')),
);
const uidOf = (phraseId: string): string => `default-zh/${phraseId}`;

/** The coupon answer (bargaining-002): the phrase this agent sends most for 议价 in the log. */
const PREFERRED = uidOf('bargaining-002');
const PREFERRED_TEXT = defaultPhraseByUid(PREFERRED).text;

/** Worded unlike any line of the log: the engine knows it is 议价, history decides which phrase. */
const NEW_BARGAINING_LINE = '还能再便宜吗';
const SHIPPING_LINE = '今天能发货吗';

/** The fixture's other conversation (路过的猫), where each question is asked afresh before and after the replay. */
const probeConversation = (buyerLine: string): FixtureConversation =>
  conversationIn(1, [['buyer', '在吗'], ['agent', '亲，在的～'], ['buyer', buyerLine]]);

/** The conversation the log is replayed in (小橙子2024): greeted, waiting for the buyer's first question. */
const REPLAY_CONVERSATION = conversationIn(0, [['system', '当前用户来自 商品详情页'], ['buyer', '在吗？'], ['agent', '亲，在的，请问有什么可以帮您？']]);

/** What the product counted for one phrase and intent (utils/db/records.ts usage row). */
interface Counted {
  count: number;
  sentUnchanged: number;
  edited: number;
  deleted: number;
}
const OUTCOME_FIELD = { 'sent-unchanged': 'sentUnchanged', edited: 'edited', deleted: 'deleted' } as const;

describe('learning from use: a replayed pick log moves the picked phrase to first place for 议价', () => {
  let extension: ExtensionBrowser;
  let chat: Page;
  let chatTabId: number;
  let refusedRequests: string[];
  const before: { bar: string[]; popup: string[]; shippingFirst: string } = { bar: [], popup: [], shippingFirst: '' };

  const replyBox = (): Locator => chat.locator('#replyTextarea');
  const barItems = (): Locator => chat.locator('[data-testid="page-bar-suggestion"]');
  const sends = async (): Promise<number> => Number(await chat.locator('#send-count').textContent());
  const lastSent = async (): Promise<string | null> => chat.locator('.cs-item .msg-content-box').last().textContent();

  async function counted(uid: string): Promise<Counted> {
    const row = usageRecordSchema.optional().parse(await readLibraryRecord(extension, 'usage', [uid, PICK_LOG.intent]));
    return { count: row?.count ?? 0, sentUnchanged: row?.sentUnchanged ?? 0, edited: row?.edited ?? 0, deleted: row?.deleted ?? 0 };
  }

  /** The bar answers `buyerLine` with its three phrases; returns their uids, first first. */
  async function barAnswering(buyerLine: string, timeout = 5_000): Promise<string[]> {
    await expect.poll(() => chat.locator('[data-testid="page-bar-buyer-turn"]').textContent(), { timeout }).toContain(buyerLine);
    await expect.poll(() => barItems().count(), { timeout }).toBe(3);
    return barItems().evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-uid') ?? ''));
  }

  /** The agent, typing in the reply box, opens the popup for this chat. */
  async function openPopup(): Promise<Page> {
    await replyBox().click();
    return extension.openExtensionPage(`popup.html?tab=${chatTabId}`);
  }

  /** The popup answers `buyerLine`; returns its suggestions' uids in the order shown. */
  async function popupAnswering(popup: Page, buyerLine: string): Promise<string[]> {
    await expect.poll(() => popup.locator('[data-testid="buyer-turn"]').textContent(), { timeout: 10_000 }).toContain(buyerLine);
    await suggestionsOf(popup).first().waitFor();
    return suggestionsOf(popup).evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-uid') ?? ''));
  }

  /** Puts the logged phrase in the empty reply box the way the log says the agent took it. */
  async function insertAsLogged(pick: Pick, barShows: string[]): Promise<void> {
    const uid = uidOf(pick.phrase);
    await replyBox().fill('');
    await replyBox().click();
    if (pick.via === 'bar') {
      await chat.keyboard.press(`Alt+${barShows.indexOf(uid) + 1}`);
    } else if (pick.via === 'picker') {
      await chat.keyboard.type(`/${pick.code ?? ''}`);
      const first = chat.locator('[data-testid="shortcut-picker-option"]').first();
      await expect.poll(() => first.getAttribute('data-phrase-uid')).toBe(uid);
      await chat.keyboard.press('Enter');
    } else {
      const popup = await openPopup();
      await popup.locator('[data-testid="library-search"]').fill(pick.search ?? '');
      await popup.locator(`[data-testid="search-result"][data-phrase-uid="${uid}"]`).click();
      await expect.poll(() => replyBox().inputValue()).not.toBe('');
      await popup.close();
      await chat.bringToFront();
    }
    await expect.poll(() => replyBox().inputValue()).toBe(defaultPhraseByUid(uid).text);
  }

  /** Sends it as it stood, edits then sends, or deletes it (and answers by hand), with the page's own 发送. */
  async function finishAsLogged(pick: Pick): Promise<void> {
    const sentBefore = await sends();
    if (pick.then === 'deleted') {
      await replyBox().click();
      await chat.keyboard.press('Control+A');
      await chat.keyboard.press('Backspace');
      await expect.poll(() => replyBox().inputValue()).toBe('');
      // The deletion is counted before the agent writes their own answer.
      await expect.poll(async () => (await counted(uidOf(pick.phrase))).deleted).toBeGreaterThan(0);
      await chat.keyboard.type(pick.reply ?? '');
    } else if (pick.then === 'edited') {
      await replyBox().click();
      await chat.keyboard.press('Control+End');
      await chat.keyboard.type(pick.edit ?? '');
    }
    const expectedSent = await replyBox().inputValue();
    // A trusted click on the page's own 发送, as the agent's mouse makes it.
    await chat.locator('.reply-box .send-btn').click();
    await expect.poll(sends).toBe(sentBefore + 1);
    expect(await lastSent()).toBe(expectedSent);
  }

  beforeAll(async () => {
    ({ extension, refusedRequests } = await startWithClientFixture());
    chat = await openClientFixture(extension);
    chatTabId = await tabIdOf(extension, chat);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('with no history, the coupon answer is not what the bar or the popup put first for 还能再便宜吗', async () => {
    // The first answer waits for the worker to start and seed the default pack.
    await barAnswering('这个能便宜点吗', 20_000);
    await showConversation(chat, probeConversation(NEW_BARGAINING_LINE));
    before.bar = await barAnswering(NEW_BARGAINING_LINE);
    expect(before.bar[0]).toMatch(/^default-zh\/bargaining-/);
    expect(before.bar[0]).not.toBe(PREFERRED);

    const popup = await openPopup();
    before.popup = await popupAnswering(popup, NEW_BARGAINING_LINE);
    expect(before.popup[0]).not.toBe(PREFERRED);
    // No 常用 yet: nothing has been used.
    await popup.waitForTimeout(300);
    expect(await popup.locator('[data-testid="frequent-phrases"]').count()).toBe(0);
    await popup.close();
    await chat.bringToFront();

    await showConversation(chat, probeConversation(SHIPPING_LINE));
    before.shippingFirst = (await barAnswering(SHIPPING_LINE))[0] ?? '';
    expect(before.shippingFirst).toMatch(/^default-zh\/shipping-/);
  });

  it('replays the pick log through the bar, the popup’s search and the /code picker, and counts each outcome', async () => {
    await showConversation(chat, REPLAY_CONVERSATION);
    const expected = new Map<string, Counted>();
    for (const pick of PICK_LOG.picks) {
      const uid = uidOf(pick.phrase);
      await receiveBuyerMessage(chat, pick.buyer);
      const barShows = await barAnswering(pick.buyer);
      // The agent takes the phrase from the bar whenever the bar shows it, and looks elsewhere otherwise.
      expect(barShows.includes(uid), `bar for "${pick.buyer}": ${barShows.join(', ')}`).toBe(pick.via === 'bar');

      await insertAsLogged(pick, barShows);
      await finishAsLogged(pick);

      const counts = expected.get(uid) ?? { count: 0, sentUnchanged: 0, edited: 0, deleted: 0 };
      counts.count += 1;
      counts[OUTCOME_FIELD[pick.then]] += 1;
      expected.set(uid, counts);
      await expect.poll(() => counted(uid), { message: `usage of ${uid} after "${pick.buyer}"` }).toEqual(counts);
    }
  });

  it('then, for 还能再便宜吗, the coupon answer is first in the bar, first in the popup, and first under 常用', async () => {
    await showConversation(chat, probeConversation(NEW_BARGAINING_LINE));
    const bar = await barAnswering(NEW_BARGAINING_LINE);
    expect(bar[0]).toBe(PREFERRED);
    // Before the replay the coupon answer was not first; the history moved it there.
    expect(before.bar[0]).not.toBe(PREFERRED);

    const popup = await openPopup();
    const shown = await popupAnswering(popup, NEW_BARGAINING_LINE);
    expect(shown[0]).toBe(PREFERRED);
    // 常用 lists what this agent used for 议价, most sent first: the coupon answer (sent twice),
    // the 多件优惠 one (sent once, edited), the 活动价 one (inserted once, deleted).
    const frequent = popup.locator('[data-testid="frequent-phrases"] .hs-popup__frequent-text');
    await expect.poll(() => frequent.allTextContents()).toEqual([PREFERRED_TEXT, ...['bargaining-005', 'bargaining-001'].map((id) => defaultPhraseByUid(uidOf(id)).text)]);
    await popup.close();
    await chat.bringToFront();
  });

  it('keeps the history within its intent: a shipping question still gets the same first phrase', async () => {
    await showConversation(chat, probeConversation(SHIPPING_LINE));
    expect((await barAnswering(SHIPPING_LINE))[0]).toBe(before.shippingFirst);
  });

  it('sent nothing to the network', () => {
    expect(refusedRequests).toEqual([]);
  });
});
