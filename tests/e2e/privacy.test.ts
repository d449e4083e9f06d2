import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { clickInsert, waitForSuggestion } from '../../utils/dev-tools/browser/suggestion-panel';
import { requestFromBackground } from './support/background-request';
import { PINDUODUO_CHAT_URL, serveClientFixture } from './support/client-fixture';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';
import { recordNetwork, type NetworkRecorder } from './support/network-recorder';

/**
 * The promise a shop owner is asked to trust: chat content never leaves the machine. Every
 * network request of every context — the service worker included — is recorded through CDP
 * (support/network-recorder.ts) while an agent works through the product, and none may come from
 * the extension. Positive controls prove the recorder would have seen one. The local error log,
 * the one thing kept for support, is checked to hold no chat text either.
 *
 * Pack import runs through the worker requests the options page sends (previewImport, commitImport);
 * when the options page lands, drive its import dialog here instead. The worker's positive control
 * is the pack subscription's check (utils/subscription/), the one request the extension makes.
 */

/** A risky draft an agent might type: moves the buyer off the platform (站外引流). */
const RISKY_DRAFT = '亲，加我微信 vx13812345678 私下转账，给您便宜十块';
/** A team's pack file, as a lead would pick it in the import dialog. */
const TEAM_PACK_FILE = fileURLToPath(new URL('../fixtures/engine/mini-pack.json', import.meta.url));
/** The positive control's pack subscription URL (a reserved .test host). */
const CONTROL_URL = 'https://packs.example.test/team/huashu-pack.json';

describe('privacy: nothing the agent does makes the extension send anything', () => {
  let extension: ExtensionBrowser;
  let recorder: NetworkRecorder;
  /** Every piece of chat the flow showed or typed: none may appear in any request. */
  const chatTexts = new Set<string>([RISKY_DRAFT]);
  const cspViolations: string[] = [];

  beforeAll(async () => {
    extension = await startExtension();
    recorder = await recordNetwork(extension);
    await refuseUnroutedNetwork(extension.context);
    await serveClientFixture(extension.context);
    const watchConsole = (message: ConsoleMessage) => {
      if (/Content Security Policy|unsafe-eval/i.test(message.text())) cspViolations.push(message.text());
    };
    extension.context.on('page', (page) => page.on('console', watchConsole));
    (await extension.serviceWorker()).on('console', watchConsole);
  });
  afterAll(async () => {
    await recorder?.stop();
    await extension?.close();
  });

  /** Opens a tab, lets the recorder attach to it, then loads `url` (so its first request is seen). */
  async function openTab(url: string): Promise<Page> {
    const page = await extension.context.newPage();
    await recorder.settle();
    await page.goto(url);
    return page;
  }

  /**
   * Runs `expression` in the content script's isolated world of `page`, named like the content
   * script's own file (as its code is), through CDP: what our content script would do there.
   */
  async function runInContentScriptWorld(page: Page, expression: string): Promise<void> {
    const cdp = await extension.context.newCDPSession(page);
    try {
      const worlds: Array<{ id: number; origin: string }> = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, origin: context.origin }));
      await cdp.send('Runtime.enable');
      const contentWorld = worlds.find((world) => world.origin === extension.extensionUrl('').replace(/\/$/, ''));
      if (!contentWorld) throw new Error(`no content script runs in ${page.url()}`);
      await cdp.send('Runtime.evaluate', {
        contextId: contentWorld.id,
        expression: `${expression}\n//# sourceURL=${extension.extensionUrl('content-scripts/content.js')}`,
        awaitPromise: true,
      });
    } finally {
      await cdp.detach();
    }
  }

  async function rememberChat(page: Page, selector: string): Promise<void> {
    for (const text of await page.locator(selector).allTextContents()) if (text.trim()) chatTexts.add(text.trim());
  }

  it('watches the extension’s service worker', () => {
    expect(recorder.watchedTargets()).toContainEqual({ type: 'service_worker', url: extension.extensionUrl('background.js') });
  });

  it('demo chat: suggests, inserts, sends, and checks a risky draft', async () => {
    const demo = await openTab(extension.extensionUrl('demo.html'));
    await demo.locator('.conv-item', { hasText: '议价' }).first().click();
    await clickInsert(await waitForSuggestion(demo, 'bargaining'));
    const input = demo.locator('textarea#demo-reply-input');
    await expect.poll(() => input.inputValue()).not.toBe('');
    chatTexts.add(await input.inputValue());
    await demo.locator('button#demo-send').click();
    await expect.poll(() => input.inputValue()).toBe('');

    // The send guard checks the wording as the agent types.
    await input.fill(RISKY_DRAFT);
    await demo.locator('[data-testid="send-guard"]').waitFor({ state: 'visible' });
    await input.fill('');
    await rememberChat(demo, 'li.msg .msg__text');
  });

  it('a seller client page: the popup reads the chat, suggests, inserts, checks the draft and flags a term', async () => {
    const chat = await openTab(PINDUODUO_CHAT_URL);
    await rememberChat(chat, '.msg-content-box');
    await chat.locator('#replyTextarea').click();
    const popup = await openTab(extension.extensionUrl(`popup.html?tab=${await tabIdOf(extension, chat)}`));
    await clickInsert(await waitForSuggestion(popup, 'bargaining'));
    await expect.poll(() => chat.locator('#replyTextarea').inputValue()).not.toBe('');
    chatTexts.add(await chat.locator('#replyTextarea').inputValue());

    await chat.locator('#replyTextarea').fill(RISKY_DRAFT);
    await popup.locator('[data-testid="open-wording-check"]').click();
    await popup.locator('[data-testid="wording-check-state"][data-state="findings"]').waitFor();
    await popup.locator('[data-testid="flag-term"]').fill('私下转账');
    await popup.locator('[data-testid="flag-reason"]').fill('引导买家站外交易');
    await popup.locator('[data-testid="flag-submit"]').click();
    await popup.locator('[data-testid="flag-status"][data-state="flagged"]').waitFor();
    expect(await chat.locator('#send-count').textContent()).toBe('0');
  });

  it('pack import from a file: the options page’s preview and commit requests install a team pack', async () => {
    const page = await openTab(extension.extensionUrl('popup.html'));
    const file = { base64: (await readFile(TEAM_PACK_FILE)).toString('base64'), fileName: 'mini-pack.json' };
    const preview = await requestFromBackground(page, 'previewImport', { file });
    if (!preview.ok) throw new Error(`the pack did not preview: ${JSON.stringify(preview.problems)}`);
    const committed = await requestFromBackground(page, 'commitImport', {
      previewId: preview.previewId,
      expectedLibraryVersion: preview.preview.libraryVersion,
    });
    expect(committed).toMatchObject({ status: 'committed', packId: 'mini-zh' });
  });

  it('recorded no request from the extension; the page’s only requests were its own document', async () => {
    await recorder.settle();
    expect(recorder.extensionRequests()).toEqual([]);
    const pageOwn = recorder.networkRequests().map((request) => request.url);
    const fixtureOrigin = new URL(PINDUODUO_CHAT_URL).origin;
    expect(pageOwn.filter((url) => url !== PINDUODUO_CHAT_URL && url !== `${fixtureOrigin}/favicon.ico`)).toEqual([]);
    expect(pageOwn).toContain(PINDUODUO_CHAT_URL);
    // zod stays jitless and nothing tried to run a string as code.
    expect(cspViolations).toEqual([]);
  });

  describe('support without telemetry: errors are kept on this computer, without chat text', () => {
    const readErrorLog = async () =>
      (await extension.serviceWorker()).evaluate(async () => {
        const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
        return JSON.stringify((await storage.local.get('errorLog')).errorLog ?? []);
      });

    it('an uncaught error in the service worker is logged by type and context, not by what it says', async () => {
      const worker = await extension.serviceWorker();
      await worker.evaluate((text) => {
        setTimeout(() => {
          throw new TypeError(text);
        });
      }, RISKY_DRAFT);
      await expect.poll(async () => JSON.parse(await readErrorLog()) as unknown[]).toContainEqual(
        expect.objectContaining({ type: 'TypeError', context: 'background' }),
      );
      const log = await readErrorLog();
      expect(log).not.toContain('13812345678');
    });

    it('a content script keeps its own errors from the seller page, and none of the page’s', async () => {
      const chat = await openTab(PINDUODUO_CHAT_URL);
      await runInContentScriptWorld(chat, `setTimeout(() => { throw new RangeError(${JSON.stringify(RISKY_DRAFT)}); })`);
      await chat.evaluate((text) => setTimeout(() => { throw new SyntaxError(text); }), RISKY_DRAFT);

      await expect.poll(async () => JSON.parse(await readErrorLog()) as unknown[]).toContainEqual(
        expect.objectContaining({ type: 'RangeError', context: 'content', module: expect.stringMatching(/^content-scripts\/content\.js:\d+:\d+$/) }),
      );
      const log = await readErrorLog();
      expect(log).not.toContain('SyntaxError');
      expect(log).not.toContain('13812345678');
    });
  });

  describe('positive controls: the recorder sees what it must', () => {
    it('the pack subscription’s check — the extension’s only request, made once a lead sets a URL — is recorded, alone, and carries no chat', async () => {
      await extension.context.route(CONTROL_URL, async (route) =>
        route.fulfill({
          status: 200,
          headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', ETag: '"control"' },
          body: await readFile(TEAM_PACK_FILE),
        }),
      );
      const optionsPage = await openTab(extension.extensionUrl('options.html'));
      await requestFromBackground(optionsPage, 'setSubscription', { url: CONTROL_URL, autoApply: false });
      const mark = recorder.mark();
      const checked = await requestFromBackground(optionsPage, 'checkSubscription', undefined);
      // No URL, no request: the rest of this file runs without one.
      await requestFromBackground(optionsPage, 'setSubscription', { url: '', autoApply: false });
      expect(checked).toMatchObject({ url: CONTROL_URL, lastCheckedAt: expect.any(Number) });

      await expect.poll(() => recorder.networkRequests().filter((request) => request.sequence >= mark).length).toBe(1);
      const [request] = recorder.networkRequests().filter((entry) => entry.sequence >= mark);
      expect(request).toMatchObject({
        url: CONTROL_URL,
        method: 'GET',
        madeBy: 'extension',
        target: { type: 'service_worker', url: extension.extensionUrl('background.js') },
        postData: null,
      });
      const sent = JSON.stringify(request);
      for (const text of chatTexts) expect(sent).not.toContain(text);
      expect(chatTexts.size).toBeGreaterThan(5);
    });

    it('fetches from an extension page and from a content script’s world count as the extension’s, one from the seller page as the page’s', async () => {
      const extensionPage = await openTab(extension.extensionUrl('popup.html'));
      const chat = await openTab(PINDUODUO_CHAT_URL);
      const mark = recorder.mark();
      const fromContentScript = 'https://mms.pinduoduo.com/chat-merchant/from-content-script.json';
      const fromPage = 'https://mms.pinduoduo.com/chat-merchant/from-page.json';
      await runInContentScriptWorld(chat, `fetch(${JSON.stringify(fromContentScript)}).catch(() => 0)`);
      await chat.evaluate((url) => fetch(url).catch(() => 0), fromPage);
      const fromExtensionPage = 'https://packs.example.test/from-extension-page.json';
      await extensionPage.evaluate((url) => fetch(url).catch(() => 0), fromExtensionPage);

      await expect.poll(() => recorder.networkRequests().filter((request) => request.sequence >= mark).map((request) => [request.url, request.madeBy])).toEqual(
        expect.arrayContaining([
          [fromContentScript, 'extension'],
          [fromPage, 'page'],
          [fromExtensionPage, 'extension'],
        ]),
      );
    });
  });
});
