import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { clickInsert, phraseUidOf, suggestionsOf, waitForSuggestion } from '../../utils/dev-tools/browser/suggestion-panel';
import { QIANNU_CHAT_FRAME, SITE_FIXTURES, siteFixtureHtml, type SiteFixtureControls, type SiteFixtureId } from '../fixtures/sites/site-fixtures';
import { fixturePageHtml } from '../fixtures/pages/load-fixture-page';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';
import { defaultPhraseByUid, isInsertedFormOf } from './support/phrase-match';

/**
 * Each seller client's fixture, served at the client's real address, read and filled by the
 * shipped build through the popup: the agent sees the buyer's last message, inserts a phrase
 * that the client's own editor model (Vue, React, Quill, contenteditable) takes in, gets new
 * suggestions when the buyer writes again, and the buyer's turn follows a conversation switch.
 * The page's 发送 is never pressed.
 */

interface SiteCase {
  id: SiteFixtureId;
  name: string;
  /** The client's reply box, where the agent was typing before opening the popup. */
  replyBox(chat: Page): Locator;
  lastBuyerText: string;
  /** The other conversation's row in the page's list, and that buyer's last message. */
  otherConversation(chat: Page): Locator;
  otherLastBuyerText: string;
}

const SITES: SiteCase[] = [
  {
    id: 'pinduoduo',
    name: '拼多多 商家客服 (Vue v-model textarea)',
    replyBox: (chat) => chat.locator('textarea#replyTextarea'),
    lastBuyerText: '这个能便宜点吗？买两件包邮吗',
    otherConversation: (chat) => chat.locator('.chat-item-box[data-random^="5510042-"]'),
    otherLastBuyerText: '衣服有破洞，怎么退货退款？',
  },
  {
    id: 'feige',
    name: '抖店 飞鸽 (React-controlled textarea)',
    replyBox: (chat) => chat.locator('textarea[data-qa-id="qa-send-message-textarea"]'),
    lastBuyerText: '能便宜点吗？两个一起拍多少钱',
    otherConversation: (chat) => chat.locator('[data-qa-id="qa-conversation-chat-item"]', { hasText: '周末去爬山' }),
    otherLastBuyerText: '快递到哪了？怎么还没到',
  },
  {
    id: 'kuaishou',
    name: '快手小店 (Quill editor)',
    replyBox: (chat) => chat.locator('.SendBox .ql-editor'),
    lastBuyerText: '能不能再便宜点？我买三件',
    otherConversation: (chat) => chat.locator('.SessionBaseCard', { hasText: '山里的风' }),
    otherLastBuyerText: '我拍了两天了，什么时候发货？',
  },
  {
    id: 'jd-dongdong',
    name: '京东 咚咚 (contenteditable)',
    replyBox: (chat) => chat.locator('.EditorContent[contenteditable="true"]'),
    lastBuyerText: '有优惠吗？能便宜点不',
    otherConversation: (chat) => chat.locator('.alluser-item', { hasText: 'jd_sunny_day' }),
    otherLastBuyerText: '发票怎么开？我要开公司抬头的增值税发票',
  },
  {
    id: 'qianniu',
    name: '千牛 web (chat inside an iframe)',
    replyBox: (chat) => chat.frameLocator('#customer-service-frame').locator('textarea'),
    lastBuyerText: '包邮吗？能便宜点吗',
    otherConversation: (chat) => chat.frameLocator('#customer-service-frame').locator('[class*="conversationItem"]', { hasText: '星河小铺的粉丝' }),
    otherLastBuyerText: '东西收到了，质量有问题，怎么申请售后退货？',
  },
];

const NEW_BUYER_MESSAGE = '今天下单什么时候发货？';
/** 拼多多's address serving a page its adapter has never seen, as after a client update. */
const CHANGED_PINDUODUO_URL = 'https://mms.pinduoduo.com/chat-merchant/new-layout.html';

/** Serves every site fixture (and 千牛's chat frame) at its real address; other paths there are 404. */
async function serveSiteFixtures(context: BrowserContext): Promise<void> {
  const pages = [...Object.values(SITE_FIXTURES), QIANNU_CHAT_FRAME];
  const bodies = new Map<string, string>(pages.map((page) => [page.url, siteFixtureHtml(page.file)]));
  bodies.set(CHANGED_PINDUODUO_URL, fixturePageHtml('generic-chat.html'));
  const hosts = new Set(pages.map((page) => new URL(page.url).host));
  await context.route(
    (url) => hosts.has(url.host),
    (route) => {
      const body = bodies.get(route.request().url());
      return body === undefined
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
}

function fixtureControls(chat: Page) {
  return {
    model: () => chat.evaluate(() => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.model()),
    sends: () => chat.evaluate(() => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.sends()),
    appendBuyerMessage: (text: string) =>
      chat.evaluate((message) => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.appendBuyerMessage(message), text),
  };
}

/** What the reply box shows: a textarea's value, an editor's visible text. */
function shownText(replyBox: Locator): Promise<string> {
  return replyBox.evaluate((box) => (box instanceof HTMLTextAreaElement ? box.value : (box as HTMLElement).innerText.replace(/\n$/, '')));
}

describe('the seller clients, each served at its real address, read and filled by the shipped build', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];

  beforeAll(async () => {
    extension = await startExtension();
    refusedRequests = await refuseUnroutedNetwork(extension.context);
    await serveSiteFixtures(extension.context);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it.each(SITES)('$name: the popup answers the buyer on screen, and the client’s own model takes the inserted phrase', async (site) => {
    const chat = await extension.context.newPage();
    await chat.goto(SITE_FIXTURES[site.id].url);
    const replyBox = site.replyBox(chat);
    await replyBox.click();
    const page = fixtureControls(chat);
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
    const buyerTurn = popup.locator('[data-testid="buyer-turn"]');

    // Reading: the buyer's last message, which only the content script on the chat page can know.
    await expect.poll(() => buyerTurn.textContent(), { timeout: 15_000 }).toContain(site.lastBuyerText);

    // Inserting: the phrase lands in the reply box, and the client's model believes it.
    const suggestion = suggestionsOf(popup).first();
    await suggestion.waitFor({ state: 'visible' });
    const phrase = defaultPhraseByUid(await phraseUidOf(suggestion));
    await clickInsert(suggestion);
    await expect.poll(() => page.model()).not.toBe('');
    const model = await page.model();
    expect(isInsertedFormOf(phrase, model), `model "${model}" should be "${phrase.text}"`).toBe(true);
    expect(await shownText(replyBox)).toBe(model);
    expect(await page.sends()).toBe(0);

    // A new buyer message on the page: the popup answers it.
    await page.appendBuyerMessage(NEW_BUYER_MESSAGE);
    await expect.poll(() => buyerTurn.textContent(), { timeout: 10_000 }).toContain(NEW_BUYER_MESSAGE);
    await waitForSuggestion(popup, 'shipping', 10_000);

    // The agent opens another conversation: the popup follows to that buyer.
    await site.otherConversation(chat).click();
    await expect.poll(() => buyerTurn.textContent(), { timeout: 10_000 }).toContain(site.otherLastBuyerText);
    expect(await buyerTurn.textContent()).not.toContain(NEW_BUYER_MESSAGE);

    await popup.close();
    await chat.close();
  });

  it('still reads a client page whose markup changed, through the general rules', async () => {
    const chat = await extension.context.newPage();
    await chat.goto(CHANGED_PINDUODUO_URL);
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
    await expect.poll(() => popup.locator('[data-testid="buyer-turn"]').textContent(), { timeout: 15_000 }).toContain('这个颜色显黑吗');
    // The agent is told the page was read by the general rules, not silently given a partial reading.
    await expect.poll(() => popup.locator('[data-testid="adapter-fallback"]').count()).toBe(1);
    await popup.close();
    await chat.close();
  });

  it('sent nothing to the network on any client', () => {
    expect(refusedRequests).toEqual([]);
  });
});
