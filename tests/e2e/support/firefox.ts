import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { DevToolsConnection, ExtensionDevTools, type ExtensionTarget } from './firefox-devtools';

/**
 * Debian's Firefox ESR with the Firefox build installed as a temporary add-on, driven over
 * WebDriver BiDi with puppeteer-core (which installs the unpacked build through BiDi's
 * `webExtension.install`, no signing needed, and intercepts requests so fixtures are served at
 * the clients' real https addresses). Firefox's BiDi does not reach moz-extension documents, so
 * the background page and the popup page are driven through Firefox's devtools server instead
 * (./firefox-devtools.ts).
 */

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build under test: the one that ships, unless pointed at another build folder. */
export const FIREFOX_EXTENSION_DIR = process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2';

/**
 * The extension's internal UUID in this profile, fixed through `extensions.webextensions.uuids`
 * (Firefox picks a random one per profile otherwise), so its pages have a known address.
 */
const EXTENSION_UUID = '3c5f0d7e-2a41-4b8e-9f6d-7a1c2e3b4d50';

/** The slice of the `browser` global the helpers use inside the extension's pages. */
interface TabsApi {
  tabs: {
    query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    create(properties: { url: string; active?: boolean }): Promise<{ id?: number }>;
  };
}

export interface FirefoxExtension {
  browser: Browser;
  /** The add-on id from the build's manifest (`browser_specific_settings.gecko.id`). */
  addonId: string;
  /** `moz-extension://<fixed uuid>/<path>` */
  extensionUrl(path: string): string;
  /** Serves `body` as HTML at exactly `url`; other paths on that host answer 404. */
  serve(url: string, body: string): void;
  /** Every http(s) request of a page that nothing served: refused, and remembered here. */
  refusedRequests: string[];
  /** A new tab whose requests go through `serve` (everything else refused), at `url`. */
  openPage(url: string): Promise<Page>;
  /** The tab id the extension knows `page` by (what `popup.html?tab=<id>` expects). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a new tab, as the agent's window. */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  /** Runs `fn(arg)` in the background page. */
  inBackground<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Closes Firefox and removes the temporary profile. */
  close(): Promise<void>;
}

/** An extension page in a tab, reached through the devtools server. */
export interface ExtensionPage {
  url: string;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

function addonIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

async function waitForFile(path: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`Firefox did not open its devtools socket ${path} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One Firefox per test file, headless, with a fresh temporary profile. */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxExtension> {
  const buildDir = resolve(extensionDir);
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(
      `没有找到 Firefox 构建：${buildDir}/manifest.json。请先运行 npm run build / no Firefox build at ${buildDir}; run "npm run build" first`,
    );
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `没有找到 Firefox ESR：${FIREFOX_PATH}。请运行 apt-get install -y firefox-esr / Firefox not found at ${FIREFOX_PATH}; install it with "apt-get install -y firefox-esr" (or set FIREFOX_PATH)`,
    );
  }
  const addonId = addonIdOf(buildDir);
  const workDir = await mkdtemp(join(tmpdir(), 'huashu-firefox-'));
  const devtoolsSocket = join(workDir, 'devtools.sock');
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: !(process.env.E2E_HEADED === '1' && Boolean(process.env.DISPLAY)),
      // Firefox starts in 2–3 s; a busy 2-core CI machine gets room.
      timeout: 45_000,
      userDataDir: join(workDir, 'profile'),
      defaultViewport: { width: 1280, height: 800 },
      args: ['--start-debugger-server', devtoolsSocket],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
        'intl.locale.requested': 'zh-CN',
        'intl.accept_languages': 'zh-CN, zh',
        // The devtools server, without the "allow incoming connection?" prompt.
        'devtools.debugger.remote-enabled': true,
        'devtools.chrome.enabled': true,
        'devtools.debugger.prompt-connection': false,
      },
    })
    .catch(async (error: unknown) => {
      await rm(workDir, { recursive: true, force: true });
      throw error;
    });

  let devtools: DevToolsConnection | undefined;
  const close = async () => {
    devtools?.close();
    await browser.close().catch(() => undefined);
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    const installed = await browser.installExtension(buildDir);
    if (installed !== addonId) throw new Error(`installed add-on ${installed}, expected ${addonId}`);
    await waitForFile(devtoolsSocket, 15_000);
    devtools = await DevToolsConnection.open(devtoolsSocket);
    const extension = await ExtensionDevTools.attach(devtools, addonId);
    const origin = `moz-extension://${EXTENSION_UUID}/`;
    const extensionUrl = (path: string) => `${origin}${path.replace(/^\//, '')}`;
    const background = await extension.target(extensionUrl('_generated_background_page.html'));
    const inBackground = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => extension.evaluate(background, fn, arg);

    const served = new Map<string, string>();
    const servedHosts = new Set<string>();
    const refusedRequests: string[] = [];
    const route = (request: HTTPRequest): Promise<void> => {
      const url = request.url();
      const body = served.get(url);
      if (body !== undefined) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      const { protocol, host } = new URL(url);
      // data: images inside the fixtures never leave the browser.
      if (protocol !== 'http:' && protocol !== 'https:') return request.continue();
      if (servedHosts.has(host)) return request.respond({ status: 404, contentType: 'text/plain', body: '' });
      refusedRequests.push(url);
      return request.abort('internetdisconnected');
    };

    return {
      browser,
      addonId,
      extensionUrl,
      serve(url, body) {
        served.set(url, body);
        servedHosts.add(new URL(url).host);
      },
      refusedRequests,
      async openPage(url) {
        const page = await browser.newPage();
        // The page's errors (the content script's included) go to stderr, next to any timeout.
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warn') console.error(`[firefox ${page.url()}] console.${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => console.error(`[firefox ${page.url()}] uncaught: ${String(error)}`));
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          route(request).catch((error: unknown) => console.error(`[firefox] could not answer ${request.url()}: ${String(error)}`));
        });
        await page.goto(url);
        return page;
      },
      async tabIdOf(page) {
        // No `tabs` permission: the page is brought to the front and the extension asks for the
        // active tab, as the toolbar popup itself does.
        await page.bringToFront();
        const ids = await inBackground(async () => {
          const { tabs } = (globalThis as unknown as { browser: TabsApi }).browser;
          return (await tabs.query({ active: true, lastFocusedWindow: true })).map((tab) => tab.id);
        }, null);
        const [id, ...others] = ids;
        if (id === undefined || id === null || others.length > 0) {
          throw new Error(`expected exactly one active tab for ${page.url()}, got ${JSON.stringify(ids)}`);
        }
        return id;
      },
      async openExtensionPage(path) {
        const url = extensionUrl(path);
        await inBackground(async (pageUrl) => {
          const { tabs } = (globalThis as unknown as { browser: TabsApi }).browser;
          await tabs.create({ url: pageUrl, active: true });
        }, url);
        const target: ExtensionTarget = await extension.target(url);
        return { url, evaluate: (fn, arg) => extension.evaluate(target, fn, arg) };
      },
      inBackground,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
