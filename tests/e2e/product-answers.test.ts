import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { phraseUidOf, suggestionsOf } from '../../utils/dev-tools/browser/suggestion-panel';
import { bytesToBase64 } from '../../utils/packs/base64';
import { SITE_FIXTURE_CONVERSATIONS, SITE_FIXTURES, type FixtureConversationProduct, type FixtureProduct, type SiteFixtureControls, type SiteFixtureId } from '../fixtures/sites/site-fixtures';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';
import { readLibraryRecord } from './support/library-records';
import { refuseUnroutedNetwork } from './support/network';
import { serveSiteFixturesAbout } from './support/site-fixture-products';

/**
 * The "done when" for product answers, on two seller clients served at their real
 * addresses: a lead's pack (tests/fixtures/packs/product-shop-pack.json) knows 便携榨汁杯 350ml,
 * with a 保修 fact and its own warranty answer, and 亚麻短袖衬衫, with no 保修 fact. The buyer of
 * the juicer asks about the warranty: the juicer's answer comes first, its fact written in. The
 * buyer of the shirt asks the same: a holding reply comes first and the shirt's facts card opens,
 * so the agent answers from it; a fact click puts it into the reply box. Back at the juicer, its
 * answer again and no card. The page's 发送 is never pressed and nothing reaches the network.
 */

const PACK = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'packs', 'product-shop-pack.json'));
const JUICER = '便携榨汁杯 350ml';
const SHIRT = '亚麻短袖衬衫';
const JUICER_ANSWER = 'product-shop/juicer-warranty';
/** The juicer's 保修 fact, as its answer must read once filled in. */
const JUICER_WARRANTY = '主机一年保修，刀头和杯体半年内有问题免费换新';
const SHIRT_MATERIAL = '55%亚麻 45%棉';
const QUESTION = '这个保修多久？';

interface ClientCase {
  site: SiteFixtureId;
  name: string;
  /**
   * How the client titles the two products (decorated, as chats show them) and their item ids
   * there; the pack lists the products' 拼多多 and 抖音 ids.
   */
  products: readonly [FixtureProduct, FixtureProduct];
  replyBox(chat: Page): Locator;
  /** A conversation's row in the client's list, which the agent clicks. */
  row(chat: Page, conversation: FixtureConversationProduct): Locator;
}

const CLIENTS: ClientCase[] = [
  {
    site: 'pinduoduo',
    name: '拼多多 商家客服',
    products: [
      { title: '【热卖】便携榨汁杯350ml 家用小型充电果汁杯 包邮', itemId: '611122233344' },
      { title: '亚麻短袖衬衫男夏季宽松休闲棉麻衬衣', itemId: '622233344455' },
    ],
    replyBox: (chat) => chat.locator('textarea#replyTextarea'),
    row: (chat, { id }) => chat.locator(`.chat-item-box[data-random^="${id}-"]`),
  },
  {
    site: 'feige',
    name: '抖店 飞鸽',
    products: [
      { title: '随行便携榨汁杯 350ml 无线充电 学生宿舍', itemId: '3611122233344' },
      // A listing the lead's sheet does not have yet: the shirt is recognised by its title alone.
      { title: '【新品】亚麻短袖衬衫 男 夏季薄款', itemId: '3699900011122' },
    ],
    replyBox: (chat) => chat.locator('textarea[data-qa-id="qa-send-message-textarea"]'),
    row: (chat, { row }) => chat.locator('[data-qa-id="qa-conversation-chat-item"]', { hasText: row }),
  },
];

function fixtureControls(chat: Page) {
  return {
    model: () => chat.evaluate(() => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.model()),
    sends: () => chat.evaluate(() => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.sends()),
    appendBuyerMessage: (text: string) =>
      chat.evaluate((message) => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.appendBuyerMessage(message), text),
  };
}

describe('product answers on two seller clients at their real addresses', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];

  beforeAll(async () => {
    extension = await startExtension();
    refusedRequests = await refuseUnroutedNetwork(extension.context);
    await serveSiteFixturesAbout(
      extension.context,
      CLIENTS.map(({ site, products }) => ({ site, products })),
    );
    // The lead's pack, imported as the console imports it: preview, then commit.
    const popup = await extension.openExtensionPage('popup.html');
    const answer = await requestFromBackground(popup, 'previewImport', {
      file: { base64: bytesToBase64(new Uint8Array(PACK)), fileName: 'product-shop-pack.json' },
      options: {},
    });
    if (!answer.ok) throw new Error(answer.problems.map((problem) => problem.reason).join('\n'));
    const committed = await requestFromBackground(popup, 'commitImport', { previewId: answer.previewId, expectedLibraryVersion: answer.preview.libraryVersion });
    expect(committed).toMatchObject({ status: 'committed', packId: 'product-shop' });
    await popup.close();
  });
  afterAll(async () => {
    await extension?.close();
  });

  /** Whether the library marks phrase `uid` as a holding reply (checking, not an answer). */
  async function isHoldingReply(uid: string | null): Promise<boolean> {
    if (uid === null) return false;
    const phrase = (await readLibraryRecord(extension, 'phrases', uid)) as { holding?: boolean } | undefined;
    return phrase?.holding === true;
  }

  describe.each(CLIENTS)('$name', (client) => {
    const [juicerChat, shirtChat] = SITE_FIXTURE_CONVERSATIONS[client.site];
    let chat: Page;
    const bar = (): Locator => chat.locator('[data-testid="page-bar"]');
    const barItems = (): Locator => bar().locator('[data-testid="page-bar-suggestion"]');
    const barProduct = (): Locator => bar().locator('[data-testid="product-chip"] .hs-facts__chip-name');
    const barFactsCard = (): Locator => bar().locator('[data-testid="facts-card"]');
    const firstUid = async (): Promise<string | null> => ((await barItems().count()) > 0 ? phraseUidOf(barItems().first()) : null);

    /** The bar answers the buyer's warranty question about the juicer with the juicer's own answer. */
    async function expectJuicerAnswer(): Promise<void> {
      await expect.poll(firstUid, { timeout: 20_000, interval: 50 }).toBe(JUICER_ANSWER);
      expect(await barProduct().textContent()).toBe(JUICER);
      const text = await barItems().first().locator('.hs-bar__text').textContent();
      expect(text).toContain(JUICER_WARRANTY);
      expect(text).not.toContain('{商品.');
      // Its answer leads: the agent needs no facts card for it.
      expect(await barFactsCard().count()).toBe(0);
    }

    beforeAll(async () => {
      chat = await extension.context.newPage();
      await chat.goto(SITE_FIXTURES[client.site].url);
    });
    afterAll(async () => {
      await chat?.close();
    });

    it('the juicer’s buyer asks its warranty: suggestion 1 is the juicer’s answer with its 保修 filled in', async () => {
      await fixtureControls(chat).appendBuyerMessage(QUESTION);
      await expect.poll(() => bar().locator('[data-testid="page-bar-buyer-turn"]').textContent(), { timeout: 20_000 }).toContain(QUESTION);
      await expectJuicerAnswer();
    });

    it('the shirt’s buyer asks the same: a holding reply first, the shirt’s facts card open, no warranty written for it', async () => {
      await client.row(chat, shirtChat).click();
      await fixtureControls(chat).appendBuyerMessage(QUESTION);
      await expect.poll(() => bar().locator('[data-testid="page-bar-buyer-turn"]').textContent(), { timeout: 10_000 }).toContain(QUESTION);
      await expect.poll(async () => (await barProduct().count()) > 0 && barProduct().textContent(), { timeout: 10_000 }).toBe(SHIRT);
      await expect.poll(async () => isHoldingReply(await firstUid()), { timeout: 10_000, interval: 100 }).toBe(true);
      await barFactsCard().waitFor({ state: 'visible' });
      const facts = barFactsCard().locator('[data-testid="facts-card-fact"]');
      expect(await facts.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-fact')))).toEqual(['材质', '尺码', '清洗方法']);
      expect(await facts.first().textContent()).toContain(SHIRT_MATERIAL);
      // Neither the juicer's answer nor a phrase writing a 保修 the shirt does not have.
      const shown = await barItems().evaluateAll((items) => items.map((item) => ({ uid: item.getAttribute('data-phrase-uid'), text: item.textContent ?? '' })));
      expect(shown.map(({ uid }) => uid)).not.toContain(JUICER_ANSWER);
      expect(shown.map(({ uid }) => uid)).not.toContain('product-shop/any-warranty');
      for (const { text } of shown) expect(text).not.toContain('{商品.');
    });

    it('a click on a fact puts its value into the reply box, and the client’s own model takes it; nothing is sent', async () => {
      const page = fixtureControls(chat);
      await client.replyBox(chat).click();
      await barFactsCard().locator('[data-testid="facts-card-fact"][data-fact="材质"]').click();
      await expect.poll(() => page.model()).toBe(SHIRT_MATERIAL);
      expect(await page.sends()).toBe(0);
    });

    it('by keyboard: Alt+P puts the focus on the first fact; Esc closes the card and gives the focus back to the reply box; the bar stays', async () => {
      await client.replyBox(chat).click();
      await chat.keyboard.press('Alt+KeyP');
      const focusedFact = (): Promise<string | null> =>
        chat.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-fact') ?? null);
      await expect.poll(focusedFact, { timeout: 5_000 }).toBe('材质');
      await chat.keyboard.press('Escape');
      await expect.poll(() => barFactsCard().count(), { timeout: 5_000 }).toBe(0);
      expect(await barItems().count()).toBeGreaterThan(0);
      expect(await client.replyBox(chat).evaluate((box) => box === document.activeElement || box.contains(document.activeElement))).toBe(true);
    });

    it('back at the juicer’s conversation: its own answer again, the facts card closed', async () => {
      await client.row(chat, juicerChat).click();
      await expect.poll(async () => (await barProduct().count()) > 0 && barProduct().textContent(), { timeout: 10_000 }).toBe(JUICER);
      await expectJuicerAnswer();
    });

    it('the popup follows the same chat: the juicer’s answer, then the shirt’s holding reply with its facts card', async () => {
      const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
      const firstPopupUid = async () => ((await suggestionsOf(popup).count()) > 0 ? phraseUidOf(suggestionsOf(popup).first()) : null);
      await expect.poll(firstPopupUid, { timeout: 15_000, interval: 50 }).toBe(JUICER_ANSWER);
      expect(await suggestionsOf(popup).first().textContent()).toContain(JUICER_WARRANTY);
      expect(await popup.locator('[data-testid="popup-product"] [data-testid="facts-card"]').count()).toBe(0);

      await client.row(chat, shirtChat).click();
      await expect.poll(async () => isHoldingReply(await firstPopupUid()), { timeout: 10_000, interval: 100 }).toBe(true);
      const card = popup.locator('[data-testid="popup-product"] [data-testid="facts-card"]');
      await card.waitFor({ state: 'visible' });
      expect(await card.locator('[data-testid="facts-card-fact"][data-fact="材质"]').textContent()).toContain(SHIRT_MATERIAL);
      await popup.close();
      expect(await fixtureControls(chat).sends()).toBe(0);
    });

    it.runIf(client.site === 'pinduoduo')('with no card in the thread, the right-hand panel rewritten in place names another product: the bar follows it', async () => {
      // Only the panel names the product now (the shirt's, as the fixture shows it for this buyer).
      await chat.evaluate(() => {
        for (const card of document.querySelectorAll('#msgListContainer .good-card, #msgListContainer .order-card')) card.remove();
      });
      await expect.poll(async () => (await barProduct().count()) > 0 && barProduct().textContent(), { timeout: 10_000 }).toBe(SHIRT);
      // The client's framework rewrites the panel's title text and item id: no element added or removed.
      const [juicer] = client.products;
      await chat.evaluate(({ title, itemId }) => {
        const panel = document.querySelector('.right-panel .goods-info');
        const name = panel?.querySelector('.goods-name')?.firstChild;
        if (!panel || !(name instanceof Text)) throw new Error('the fixture’s panel has no title text');
        panel.setAttribute('data-goods-id', itemId);
        name.data = title;
      }, juicer);
      await expect.poll(async () => (await barProduct().count()) > 0 && barProduct().textContent(), { timeout: 10_000 }).toBe(JUICER);
      expect(await fixtureControls(chat).sends()).toBe(0);
    });
  });

  it('sent nothing to the network on either client', () => {
    expect(refusedRequests).toEqual([]);
  });
});
