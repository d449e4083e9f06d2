import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Chromium with the built extension loaded, shared by `npm run demo` and the end-to-end tests
 * so both drive exactly the build that ships.
 */

/** Debian's Chromium: Google Chrome and Edge dropped the flags that side-load extensions. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** An unpacked build, e.g. .output/chrome-mv3. */
  extensionDir: string;
  headless: boolean;
  /** A profile to reuse; by default a fresh temporary one is made and removed on close. */
  userDataDir?: string;
  /** The size pages render at (screenshots use it); null lets pages follow a headed window. */
  viewport?: { width: number; height: number } | null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** Opens an extension page (e.g. "demo.html", "popup.html?tab=3") in a new tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The extension's service worker; when none is running, waits for the next one to start. */
  serviceWorker(): Promise<Worker>;
  /** Closes the browser and removes the temporary profile. */
  close(): Promise<void>;
}

const EXTENSION_URL = /^chrome-extension:\/\/([a-p]{32})\//;

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `没有找到扩展构建：${extensionDir}/manifest.json。请先运行 npm run build:chrome / no extension build at ${extensionDir}; run "npm run build:chrome" first`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `没有找到 Chromium：${CHROMIUM_PATH}。请运行 apt-get install -y chromium fonts-wqy-microhei / Chromium not found at ${CHROMIUM_PATH}; install it with "apt-get install -y chromium fonts-wqy-microhei" (or set CHROMIUM_PATH)`,
    );
  }
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'huashu-chromium-')));

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright's own headless switch picks the old headless shell, which cannot load
    // extensions; the new headless mode is asked for through the flag instead.
    headless: false,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    locale: 'zh-CN',
    args: [
      ...(options.headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=zh-CN',
      '--window-size=1280,800',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });

  try {
    const worker = await waitForExtensionWorker(context);
    const extensionId = EXTENSION_URL.exec(worker.url())?.[1];
    if (extensionId === undefined) throw new Error(`unexpected service worker URL ${worker.url()}`);

    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    return {
      context,
      extensionId,
      extensionUrl,
      async openExtensionPage(path, viewport) {
        const page = await context.newPage();
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(extensionUrl(path));
        return page;
      },
      serviceWorker: () => waitForExtensionWorker(context, extensionId),
      async close() {
        await context.close();
        if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The extension's service worker, or the next one to start (after a restart it is a new Worker). */
export async function waitForExtensionWorker(context: BrowserContext, extensionId?: string, timeout = 20_000): Promise<Worker> {
  const isOurs = (worker: Worker) => {
    const id = EXTENSION_URL.exec(worker.url())?.[1];
    return id !== undefined && (extensionId === undefined || id === extensionId);
  };
  // Listen before looking, so a worker that starts in between is not missed.
  const next = context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
  const running = context.serviceWorkers().find(isOurs);
  if (running) {
    next.catch(() => undefined);
    return running;
  }
  return next;
}
