import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { LIST_TIMES_OFF, SITE_FIXTURES, siteFixtureHtml } from '../fixtures/sites/site-fixtures';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';

/**
 * The waiting queue on each platform's clock (#17), end to end with the shipped build: the agent
 * sets 飞鸽's reply window to a few seconds in the console's 设置; on the 飞鸽 fixture without list
 * times (waits count from when the extension first saw each buyer) the in-page bar's queue line
 * turns amber at half the window and red at 80 % — nothing test-only in the build, only the
 * setting; a reply then counts as a first reply, which the console's 我的回复时效 table and the
 * agent's exported report carry as numbers.
 */

const FEIGE_URL = SITE_FIXTURES.feige.url;
const WINDOW_SECONDS = 8;

let extension: ExtensionBrowser;
let refused: string[];
let chat: Page;

beforeAll(async () => {
  extension = await startExtension();
  refused = await refuseUnroutedNetwork(extension.context);
  const html = siteFixtureHtml(SITE_FIXTURES.feige.file);
  const host = new URL(FEIGE_URL).host;
  await extension.context.route(
    (url) => url.host === host,
    (route) => {
      const url = new URL(route.request().url());
      return `${url.origin}${url.pathname}` === FEIGE_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 404, body: '' });
    },
  );
}, 60_000);

afterAll(async () => {
  await extension?.close();
});

describe('a wait turns amber, then red, on the reply window the agent set', () => {
  it('设置 takes 飞鸽’s reply window in seconds', async () => {
    const options = await extension.openExtensionPage('options.html#settings');
    const feige = options.locator('[data-testid="settings-wait-threshold"][data-site="feige"]');
    await feige.fill(String(WINDOW_SECONDS));
    await options.getByTestId('settings-save').click();
    await expect
      .poll(async () => (await requestFromBackground(options, 'getWaitingQueue', undefined)).buyers.length, { timeout: 5_000 })
      .toBe(0);
    const stored = await options.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await storage.local.get('settings')).settings as { waitThresholdsBySite?: Record<string, number> } | undefined;
    });
    expect(stored?.waitThresholdsBySite).toEqual({ feige: WINDOW_SECONDS });
    await options.close();
  });

  it('the bar’s queue line goes from within the window to amber to red as the seconds pass', async () => {
    chat = await extension.context.newPage();
    const openedAt = Date.now();
    await chat.goto(`${FEIGE_URL}${LIST_TIMES_OFF}`);
    const summary = chat.getByTestId('waiting-queue-summary');
    await expect.poll(() => summary.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/等待 \d+ · 最久 \d+:\d{2}/);

    const levels: string[] = [];
    const seen = async () => {
      const level = await summary.getAttribute('data-level');
      if (level && levels.at(-1) !== level) levels.push(level);
      return level;
    };
    await expect.poll(seen, { timeout: 15_000, interval: 200 }).toBe('red');
    // Amber came first, after half the window; red after 80 % of it.
    expect(levels).toContain('amber');
    expect(levels.indexOf('amber')).toBeLessThan(levels.indexOf('red'));
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(WINDOW_SECONDS * 800 - 1000);
    const rows = chat.getByTestId('waiting-buyer');
    expect(await rows.first().getAttribute('data-site')).toBe('feige');
    expect(await rows.first().getAttribute('data-level')).toBe('red');
  });

  it('a reply counts as one first reply: the console’s 我的回复时效 table and the exported report show it, as numbers', async () => {
    await chat.locator('textarea[data-qa-id="qa-send-message-textarea"]').fill('亲，在的，马上为您查看');
    await chat.locator('[data-qa-id="qa-send-message-button"]').click();

    const options = await extension.openExtensionPage('options.html#response-times');
    await expect
      .poll(async () => (await requestFromBackground(options, 'getResponseFigures', { days: 7 })).find((row) => row.site === 'feige')?.replies ?? 0, { timeout: 10_000 })
      .toBe(1);
    await options.reload();
    const table = options.getByTestId('team-my-response-table');
    await expect.poll(() => table.textContent(), { timeout: 10_000 }).toContain('飞鸽');

    const [report] = await requestFromBackground(options, 'exportAgentData', { what: 'report', format: 'json', agent: '小美' });
    const figures = JSON.parse(report?.text ?? '{}').responseFigures as Array<{ site: string; replies: number; withinWindow: number; slowestFirstReplyMs: number }>;
    expect(figures).toEqual([expect.objectContaining({ site: 'feige', replies: 1 })]);
    // The reply came after the wait turned red (80 % of the window); within the window or not, by its own wait.
    const waited = figures[0]?.slowestFirstReplyMs ?? 0;
    expect(waited).toBeGreaterThanOrEqual(WINDOW_SECONDS * 800);
    expect(figures[0]?.withinWindow).toBe(waited <= WINDOW_SECONDS * 1000 ? 1 : 0);
    expect(report?.text).not.toContain('马上为您查看');
    expect(refused).toEqual([]);
  });
});
