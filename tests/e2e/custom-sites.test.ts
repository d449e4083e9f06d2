import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { OUR_DESK_HTML, OUR_DESK_SITE, OUR_DESK_URL } from '../fixtures/custom-sites/our-desk-site';
import { EXTENSION_DIR } from './support/extension';
import { refuseUnroutedNetwork } from './support/network';

/**
 * A lead's custom site, end to end in Chromium: once the site is stored and its host access
 * granted, the service worker registers the shipped content script for it, a page there is read
 * with the lead's selectors and the popup shows its buyer's last message; removing the site
 * unregisters the script.
 *
 * The browser's permission prompt cannot be clicked in headless Chromium (it has no
 * auto-accept switch), so access is granted the way an install grants it: the test loads a
 * copy of the build whose manifest also lists the fixture's origin under `host_permissions`.
 * Everything else (the worker's registration on storage changes, the content script, the
 * popup) is the shipped build. The options page's request itself is covered by
 * tests/components/custom-sites/.
 */
const DESK_ORIGIN = new URL(OUR_DESK_URL).origin;

async function buildWithDeskGranted(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'huashu-custom-site-build-'));
  await cp(resolve(EXTENSION_DIR), dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${DESK_ORIGIN}/*`];
  await writeFile(manifestFile, JSON.stringify(manifest));
  return dir;
}

/** The slice of the worker's `chrome` these tests touch (the project has no @types/chrome). */
interface WorkerChrome {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}
type WorkerGlobal = { chrome: WorkerChrome };

async function registeredScriptIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    (await (globalThis as unknown as WorkerGlobal).chrome.scripting.getRegisteredContentScripts()).map((script) => script.id),
  );
}

/** What the options page stores on 保存并允许访问 (utils/custom-sites/custom-site-store.ts). */
async function storeCustomSites(worker: Worker, sites: unknown[]): Promise<void> {
  await worker.evaluate((customSites) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ customSites }), sites);
}

describe('a custom site added by a team lead', () => {
  let buildDir: string;
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    buildDir = await buildWithDeskGranted();
    extension = await launchWithExtension({ extensionDir: buildDir, headless: process.env.E2E_HEADED !== '1' });
    await refuseUnroutedNetwork(extension.context);
    await extension.context.route(`${DESK_ORIGIN}/**`, (route) =>
      route.request().url() === OUR_DESK_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: OUR_DESK_HTML })
        : route.fulfill({ status: 404, body: '' }),
    );
  });
  afterAll(async () => {
    await extension?.close();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  });

  async function openDeskAndPopup(): Promise<{ desk: Page; popup: Page }> {
    const desk = await extension.context.newPage();
    await desk.goto(OUR_DESK_URL);
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, desk)}`);
    return { desk, popup };
  }

  it('gets the content script once saved, and the popup reads the buyer’s last message with the lead’s selectors', async () => {
    const worker = await extension.serviceWorker();
    expect(await registeredScriptIds(worker)).toEqual([]);
    await storeCustomSites(worker, [OUR_DESK_SITE]);
    await expect.poll(() => registeredScriptIds(worker), { timeout: 10_000 }).toEqual(['custom-site-our-desk']);

    const { desk, popup } = await openDeskAndPopup();
    await expect
      .poll(() => popup.locator('[data-testid="buyer-turn"]').textContent(), { timeout: 15_000 })
      .toContain('今天下单什么时候发货？');
    await popup.close();

    // The in-page bar is there with its own styles (a fixed panel by the reply box), although no
    // file of the extension is web-accessible to this site: the worker handed the styles over.
    const bar = desk.locator('[data-testid="page-bar"]');
    await bar.waitFor({ timeout: 15_000 });
    expect(await bar.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    await desk.close();
  });

  it('shows in the console with its access, reads the open desk tab on 试一试, and goes on 删除 once confirmed', async () => {
    const worker = await extension.serviceWorker();
    await storeCustomSites(worker, [OUR_DESK_SITE]);
    await expect.poll(() => registeredScriptIds(worker), { timeout: 10_000 }).toEqual(['custom-site-our-desk']);
    const desk = await extension.context.newPage();
    await desk.goto(OUR_DESK_URL);

    const options = await extension.openExtensionPage('options.html#custom-sites');
    const row = options.locator('[data-testid="custom-site"]', { hasText: OUR_DESK_SITE.name });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('已允许访问');
    expect(await row.textContent()).toContain(OUR_DESK_SITE.matches[0]);

    // The search box keeps the rows holding every word typed.
    await options.getByRole('searchbox', { name: '搜索站点名称或网址' }).fill('our-shop 自建');
    await expect.poll(() => options.locator('[data-testid="custom-site"]').count()).toBe(1);
    await options.getByRole('searchbox', { name: '搜索站点名称或网址' }).fill('没有这个站点');
    await expect.poll(() => options.locator('[data-testid="custom-site"]').count()).toBe(0);
    await options.getByRole('searchbox', { name: '搜索站点名称或网址' }).fill('');

    // 试一试: the open desk tab is offered, and reading it shows the conversation as the extension reads it.
    await row.getByRole('button', { name: '试一试' }).click();
    await options.getByTestId('custom-site-read').click();
    const preview = options.getByTestId('custom-site-preview');
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain('找到：消息列表 ✓，输入框 ✓，发送按钮 ✓');
    expect(await preview.locator('li').allTextContents()).toEqual([
      '系统 买家已进入会话',
      '买家 你好，这件外套有 L 码吗',
      '客服 亲，L 码有现货的',
      '买家 [图片]',
      '买家 今天下单什么时候发货？',
    ]);

    // 删除 asks first; 取消 keeps the site, confirming removes it and the worker unregisters the script.
    await row.getByRole('button', { name: /^删\s?除$/ }).click();
    const dialog = options.getByRole('dialog');
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await registeredScriptIds(worker)).toEqual(['custom-site-our-desk']);
    await row.getByRole('button', { name: /^删\s?除$/ }).click();
    await options.getByRole('dialog').getByRole('button', { name: /^删\s?除$/ }).click();
    await options.getByText('还没有自定义站点。').waitFor({ timeout: 10_000 });
    await expect.poll(() => registeredScriptIds(worker), { timeout: 10_000 }).toEqual([]);
    await options.close();
    await desk.close();
  });

  it('stops running there once the lead removes the site', async () => {
    const worker = await extension.serviceWorker();
    await storeCustomSites(worker, []);
    await expect.poll(() => registeredScriptIds(worker), { timeout: 10_000 }).toEqual([]);

    const { popup } = await openDeskAndPopup();
    await expect(popup.locator('[data-testid="state-no-chat"]').waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    expect(await popup.locator('[data-testid="buyer-turn"]').count()).toBe(0);
  });
});
