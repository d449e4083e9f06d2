import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { defaultWordingRules } from '../../utils/risky-wording/default-rules';
import { SITE_FIXTURES, siteFixtureHtml, type SiteFixtureControls, type SiteFixtureId } from '../fixtures/sites/site-fixtures';
import { launchFirefoxWithExtension, type FirefoxExtension } from './support/firefox';
import { defaultPhraseByUid, isInsertedFormOf } from './support/phrase-match';

/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR, installed as a temporary
 * add-on: a smoke of the same stories the Chromium suite tells in full (page-bar, send-guard,
 * client-page). On two clients, served at their real addresses, the bar answers the buyer,
 * Alt+1 puts the first phrase into the client's own editor model, and the send guard stops a
 * draft asking the buyer to add WeChat; the popup page bound to a chat tab reads it and inserts.
 * The page's 发送 never runs (the guard holds the one press of it), and no page reaches the network.
 * The popup page is driven through Firefox's devtools server (support/firefox-devtools.ts):
 * Firefox's WebDriver BiDi does not reach extension pages.
 */

const BLOCKED_DRAFT = '加我微信聊';
const SAFE_ALTERNATIVE = defaultWordingRules().find((rule) => rule.id === 'off-platform-contact')?.alternative['zh-CN'] ?? '';

interface ClientCase {
  id: SiteFixtureId;
  name: string;
  replyBox: string;
  sendButton: string;
  lastBuyerText: string;
}

const CLIENTS: ClientCase[] = [
  {
    id: 'pinduoduo',
    name: '拼多多 商家客服 (Vue v-model textarea)',
    replyBox: 'textarea#replyTextarea',
    sendButton: '.reply-box .send-btn',
    lastBuyerText: '这个能便宜点吗？买两件包邮吗',
  },
  {
    id: 'feige',
    name: '抖店 飞鸽 (React-controlled textarea)',
    replyBox: 'textarea[data-qa-id="qa-send-message-textarea"]',
    sendButton: '[data-qa-id="qa-send-message-button"]',
    lastBuyerText: '能便宜点吗？两个一起拍多少钱',
  },
];

/** Inside our shadow roots (the bar, the send guard): puppeteer's deep combinator. */
const ours = (selector: string) => `>>> ${selector}`;

/** `window.siteFixture` on the chat page: what the client itself believes. */
function fixture(chat: Page) {
  return {
    /** What the client's own model (Vue, React) believes the reply box holds. */
    model: () => chat.evaluate(() => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.model()),
    /** How often the page's 发送 ran. */
    sends: () => chat.evaluate(() => (window as unknown as { siteFixture: SiteFixtureControls }).siteFixture.sends()),
  };
}

/** Text of the first element inside our UI matching `selector`, or null when there is none. */
async function ourText(chat: Page, selector: string): Promise<string | null> {
  const element = await chat.$(ours(selector));
  if (!element) return null;
  try {
    return await element.evaluate((node) => node.textContent);
  } finally {
    await element.dispose();
  }
}

async function ourAttribute(chat: Page, selector: string, name: string): Promise<string | null> {
  const element = await chat.$(ours(selector));
  if (!element) return null;
  try {
    return await element.evaluate((node, attribute) => node.getAttribute(attribute), name);
  } finally {
    await element.dispose();
  }
}

/** The agent empties the reply box and types `text` there, as keystrokes. */
async function typeDraft(chat: Page, replyBox: string, text: string): Promise<void> {
  await chat.click(replyBox);
  await chat.keyboard.down('Control');
  await chat.keyboard.press('KeyA');
  await chat.keyboard.up('Control');
  await chat.keyboard.press('Backspace');
  await chat.keyboard.type(text);
}

describe('Firefox ESR: the Firefox build as a temporary add-on, on two clients served at their real addresses', () => {
  let firefox: FirefoxExtension;
  const chats = new Map<SiteFixtureId, Page>();

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    for (const client of CLIENTS) firefox.serve(SITE_FIXTURES[client.id].url, siteFixtureHtml(SITE_FIXTURES[client.id].file));
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it.each(CLIENTS)('$name: the bar answers the buyer, Alt+1 fills the page’s model, the send guard stops 加我微信聊; nothing is sent', async (client) => {
    const chat = await firefox.openPage(SITE_FIXTURES[client.id].url);
    chats.set(client.id, chat);
    const page = fixture(chat);

    // The bar: the buyer's latest message and three numbered phrases (the first answer waits for
    // the background page to start and seed the default pack).
    await expect.poll(() => ourText(chat, '[data-testid="page-bar-buyer-turn"]'), { timeout: 30_000 }).toContain(client.lastBuyerText);
    await expect.poll(async () => (await chat.$$(ours('[data-testid="page-bar-suggestion"]'))).length, { timeout: 10_000 }).toBe(3);

    // Alt+1 with the caret in the empty reply box: the first phrase, in the client's own model.
    await chat.click(client.replyBox);
    const phrase = defaultPhraseByUid(await ourAttribute(chat, '[data-testid="page-bar-suggestion"]', 'data-phrase-uid'));
    await chat.keyboard.down('Alt');
    await chat.keyboard.press('Digit1');
    await chat.keyboard.up('Alt');
    await expect.poll(page.model, { timeout: 10_000 }).not.toBe('');
    const inserted = await page.model();
    expect(isInsertedFormOf(phrase, inserted), `model "${inserted}" should be "${phrase.text}"`).toBe(true);
    expect(await chat.$eval(client.replyBox, (box) => (box as HTMLTextAreaElement).value)).toBe(inserted);
    expect(await page.sends()).toBe(0);

    // The send guard: Enter and 发送 on 加我微信聊 are stopped, and 替换 fixes it in the model.
    await typeDraft(chat, client.replyBox, BLOCKED_DRAFT);
    await expect.poll(page.model).toBe(BLOCKED_DRAFT);
    // Typing alone stops nothing; the attempt to send does.
    expect(await ourAttribute(chat, '[data-testid="send-guard"]', 'data-status')).not.toBe('blocked');
    await chat.keyboard.press('Enter');
    await expect.poll(() => ourAttribute(chat, '[data-testid="send-guard"]', 'data-status'), { timeout: 10_000 }).toBe('blocked');
    await expect.poll(() => ourText(chat, '[data-testid="send-guard"] mark[data-severity="block"]')).toBe('加我微信');
    await chat.click(client.sendButton);
    await expect.poll(() => ourAttribute(chat, '[data-testid="send-guard"]', 'data-status')).toBe('blocked');
    expect(await page.sends()).toBe(0);
    expect(await page.model()).toBe(BLOCKED_DRAFT);

    await chat.click(ours('[data-testid="guard-replace"]'));
    await expect.poll(page.model).toBe(SAFE_ALTERNATIVE);
    expect(await chat.$eval(client.replyBox, (box) => (box as HTMLTextAreaElement).value)).toBe(SAFE_ALTERNATIVE);
    await expect.poll(async () => (await chat.$$(ours('[data-testid="send-guard"]'))).length).toBe(0);
    expect(await page.sends()).toBe(0);
  });

  it('拼多多: the popup page bound to the chat tab reads the buyer’s message, and 插入 fills the page’s model without sending', async () => {
    const client = CLIENTS[0]!;
    const chat = chats.get(client.id) ?? (await firefox.openPage(SITE_FIXTURES[client.id].url));
    const page = fixture(chat);
    await typeDraft(chat, client.replyBox, '');
    await expect.poll(page.model).toBe('');

    const popup = await firefox.openExtensionPage(`popup.html?tab=${await firefox.tabIdOf(chat)}`);
    // The popup can only know this sentence through the content script on the chat page.
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-testid="buyer-turn"]')?.textContent ?? null, null), { timeout: 20_000 })
      .toContain(client.lastBuyerText);
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-testid="suggestion"] [data-testid="insert-suggestion"]') !== null, null), { timeout: 10_000 })
      .toBe(true);
    const uid = await popup.evaluate(() => {
      const suggestion = document.querySelector('[data-testid="suggestion"]');
      suggestion?.querySelector<HTMLElement>('[data-testid="insert-suggestion"]')?.click();
      return suggestion?.getAttribute('data-phrase-uid') ?? null;
    }, null);
    const phrase = defaultPhraseByUid(uid);

    await expect.poll(page.model, { timeout: 10_000 }).not.toBe('');
    const inserted = await page.model();
    expect(isInsertedFormOf(phrase, inserted), `model "${inserted}" should be "${phrase.text}"`).toBe(true);
    expect(await chat.$eval(client.replyBox, (box) => (box as HTMLTextAreaElement).value)).toBe(inserted);
    expect(await page.sends()).toBe(0);
  });

  it('was granted no host access at install (content scripts run on their matches alone), and no page reached the network', async () => {
    const granted = await firefox.inBackground(async () => {
      const { permissions } = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).browser;
      return (await permissions.getAll()).origins ?? [];
    }, null);
    expect(granted).toEqual([]);
    expect(firefox.refusedRequests).toEqual([]);
  });
});
