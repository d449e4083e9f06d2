import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { bytesToBase64 } from '../../utils/packs/base64';
import { pageRequests } from '../../utils/messaging/page-protocol';
import type { PageThread } from '../../utils/schemas/page-results';
import { SITE_FIXTURES, siteFixtureHtml } from '../fixtures/sites/site-fixtures';
import { auditControlNames } from './support/accessibility';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';

/**
 * Selector updates as data (#18): 京东 咚咚 ships a page the built-in adapter cannot read (its
 * own hashed class names: tests/fixtures/sites/variants/jd-dongdong-broken-override.html). A
 * pack carrying an override for it makes the next page load read the thread and insert with
 * Alt+1; removing the pack returns to the built-in adapter; an override for an older adapter
 * version is ignored and said so in the popup and the console; the console's 试一试 reads the
 * open tab with draft selectors. Nothing is ever sent.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const VARIANT = readFileSync(join(ROOT, 'tests/fixtures/sites/variants/jd-dongdong-broken-override.html'), 'utf8');
const FIX_PACK = readFileSync(join(ROOT, 'tests/fixtures/packs/jd-dongdong-override-pack.json'), 'utf8');
const JD_URL = SITE_FIXTURES['jd-dongdong'].url;
const FEIGE_URL = SITE_FIXTURES.feige.url;
/** A pack whose 飞鸽 override was written for lists older than this extension's (adapter version 0). */
const OLD_PACK = JSON.stringify({
  format: 4,
  id: 'old-fix',
  name: '旧的飞鸽修复',
  version: '1.0.0',
  author: '组长',
  phrases: [],
  siteOverrides: [{ client: 'feige', adapterVersion: 0, lists: { message: ['.nothing-here'] } }],
});

/** Asks the content script of a tab one page request, in @webext-core's wire format, from an extension page. */
async function askPage<K extends keyof typeof pageRequests>(extensionPage: Page, tabId: number, type: K, data?: unknown): Promise<unknown> {
  const answer = await extensionPage.evaluate(
    ({ tabId, type, data }) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(tabId, {
        id: 1,
        type,
        data,
        timestamp: Date.now(),
      }),
    { tabId, type, data },
  );
  const { res, err } = (answer ?? {}) as { res?: unknown; err?: { message?: string } };
  if (err) throw new Error(`page refused ${type}: ${err.message ?? ''}`);
  return pageRequests[type].result.parse(res);
}

async function install(page: Page, text: string, fileName: string, overrideClients: string[]): Promise<void> {
  const preview = await requestFromBackground(page, 'previewImport', { file: { base64: bytesToBase64(new TextEncoder().encode(text)), fileName, kind: 'json' } });
  if (!preview.ok) throw new Error(preview.problems.map((problem) => problem.reason).join('\n'));
  // The import wizard names the clients whose selectors the pack replaces.
  expect(preview.preview.pack.overrideClients).toEqual(overrideClients);
  const committed = await requestFromBackground(page, 'commitImport', { previewId: preview.previewId, expectedLibraryVersion: preview.preview.libraryVersion, source: fileName });
  expect(committed.status).toBe('committed');
}

describe('a pack’s selector override fixes a client page the built-in adapter cannot read', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];
  let ext: Page;
  let chat: Page;
  let chatTab: number;

  const thread = async (): Promise<PageThread> => (await askPage(ext, chatTab, 'readThread')) as PageThread;
  const sends = (): Promise<number> => chat.evaluate(() => (window as unknown as { fixtureSends: number }).fixtureSends);

  beforeAll(async () => {
    extension = await startExtension();
    refusedRequests = await refuseUnroutedNetwork(extension.context);
    const bodies = new Map<string, string>([
      [JD_URL, VARIANT],
      [FEIGE_URL, siteFixtureHtml(SITE_FIXTURES.feige.file)],
    ]);
    const hosts = new Set([...bodies.keys()].map((url) => new URL(url).host));
    await extension.context.route(
      (url) => hosts.has(url.host),
      (route) => {
        const body = bodies.get(route.request().url());
        return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      },
    );
    ext = await extension.openExtensionPage('popup.html');
    chat = await extension.context.newPage();
    await chat.goto(JD_URL);
    chatTab = await tabIdOf(extension, chat);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('without an override the changed page reads no thread', async () => {
    await expect.poll(async () => (await thread()).site, { timeout: 15_000 }).toBe('jd-dongdong');
    expect((await thread()).thread).toBeNull();
  });

  it('importing the pack makes the next page load read the thread, and Alt+1 inserts into the reply box; nothing is sent', async () => {
    await install(ext, FIX_PACK, 'jd-fix-1.0.0.json', ['jd-dongdong']);
    // The open page keeps its adapter until it is reloaded.
    expect((await thread()).thread).toBeNull();

    await chat.reload();
    await expect.poll(async () => (await thread()).thread?.messages.map((message) => `${message.role}:${message.text}`), { timeout: 15_000 }).toEqual([
      'system:客服 小京 已接入会话',
      'buyer:你好，在吗',
      'agent:在的亲，这款电饭煲有现货',
      'buyer:有优惠吗？能便宜点不',
    ]);
    expect((await thread()).adapterFallback).not.toBe(true);

    const replyBox = chat.locator('.j2Kc1');
    await replyBox.click();
    await chat.locator('[data-testid="page-bar-suggestion"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    await chat.keyboard.press('Alt+1');
    await expect.poll(() => replyBox.innerText(), { timeout: 10_000 }).not.toBe('');
    expect(await sends()).toBe(0);
  });

  it('the console lists the override with its client, lists, pack and state, and 试一试 reads the open tab with draft selectors', async () => {
    const options = await extension.openExtensionPage('options.html#site-overrides');
    const row = options.locator('[data-testid="site-override-row"][data-client="jd-dongdong"]');
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(() => row.textContent()).toContain('咚咚页面修复');
    expect(await row.locator('[data-testid="override-state"]').getAttribute('data-state')).toBe('active');
    expect(await row.textContent()).toContain('messageList');

    // The lead's draft of the pack: a message list that finds nothing reads no thread …
    await options.locator('[data-testid="library-mode-draft"]').click();
    const form = options.locator('[data-testid="site-override-form"]');
    await form.waitFor({ timeout: 15_000 });
    await options.locator('#site-override-client').click();
    await options.locator('.ant-select-item-option', { hasText: 'jd-dongdong' }).click();
    await options.locator('#site-override-list').click();
    await options.locator('.ant-select-item-option[title="message"]').click();
    await form.locator('[data-testid="site-override-selectors"]').fill('.nothing-here');
    await form.locator('[data-testid="override-try-read"]').click();
    await options.locator('[data-testid="override-trial-none"]').waitFor({ timeout: 15_000 });

    // … and the rows' own hashed class reads it again, as the tab's content script saw it.
    await form.locator('[data-testid="site-override-selectors"]').fill('.k3Lb0');
    await form.locator('[data-testid="override-try-read"]').click();
    const read = options.locator('[data-testid="override-trial-thread"] li');
    await expect.poll(() => read.allTextContents(), { timeout: 15_000 }).toEqual(['系统 客服 小京 已接入会话', '买家 你好，在吗', '客服 在的亲，这款电饭煲有现货', '买家 有优惠吗？能便宜点不']);
    // Every control of the section (table, form, 试一试) has a name a screen reader announces, with
    // no select left open (antd keeps an open one's 0×0 helper listbox for aria-activedescendant).
    await options.keyboard.press('Escape');
    await form.click({ position: { x: 2, y: 2 } });
    await expect.poll(() => options.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count(), { timeout: 5_000 }).toBe(0);
    expect((await auditControlNames(extension.context, options)).unnamed).toEqual([]);
    await options.close();
  });

  it('removing the pack returns the page to the built-in adapter on its next load (the variant is unread again)', async () => {
    await requestFromBackground(ext, 'removePack', { packId: 'jd-fix' });
    await chat.reload();
    await expect.poll(async () => (await thread()).site, { timeout: 15_000 }).toBe('jd-dongdong');
    // Give the page time to read: still nothing.
    await chat.waitForTimeout(1000);
    expect((await thread()).thread).toBeNull();
  });

  it('an override written for an older adapter version is ignored, and the popup and the console say so', async () => {
    await install(ext, OLD_PACK, 'old-fix-1.0.0.json', ['feige']);
    const feige = await extension.context.newPage();
    await feige.goto(FEIGE_URL);
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, feige)}`);
    // The built-in adapter still reads the page (the override's list would find nothing) …
    await expect.poll(() => popup.locator('[data-testid="buyer-turn"]').textContent(), { timeout: 15_000 }).toContain('能便宜点吗？两个一起拍多少钱');
    // … and the agent is told the pack's override is not used, with its pack and versions.
    const note = popup.locator('[data-testid="override-ignored"]');
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('话术包「旧的飞鸽修复」');
    expect(await note.textContent()).toMatch(/适配器版本 0.*本插件已是版本 1/);

    const options = await extension.openExtensionPage('options.html#site-overrides');
    const row = options.locator('[data-testid="site-override-row"][data-client="feige"]');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.locator('[data-testid="override-state"]').getAttribute('data-state')).toBe('ignored-older');
    expect(await row.locator('[data-testid="override-ignored-note"]').textContent()).toContain('不使用它');
    await options.close();
    await popup.close();
    await feige.close();
  });

  it('sent nothing to the network', () => {
    expect(refusedRequests).toEqual([]);
  });
});
