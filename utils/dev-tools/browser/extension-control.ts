import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

/**
 * Things a test or the demo command needs from the browser that no page can do by itself:
 * stopping the service worker (as Chrome does after ~30 s idle) and finding a page's tab id.
 */

/** The slice of the `chrome` global these helpers use inside extension contexts. */
interface TabsApi {
  tabs: {
    query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
}

/**
 * Stops the extension's service worker through CDP and resolves once Chrome reports it stopped,
 * so whatever it kept in memory is gone; the next message wakes a fresh one.
 */
export async function stopServiceWorker(extension: ExtensionBrowser, timeout = 10_000): Promise<void> {
  const { context } = extension;
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const scriptPrefix = extension.extensionUrl('');
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((version) => version.scriptURL.startsWith(scriptPrefix));
        if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await withTimeout(stopped, timeout, `the extension's service worker did not stop within ${timeout} ms`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The tab id the extension knows `page` by (what `popup.html?tab=<id>` expects). An extension
 * page asks Chrome for its own tab; for a web page (no `tabs` permission, so no URLs) the page
 * is brought to the front and the worker asks for the active tab.
 */
export async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  if (page.url().startsWith(extension.extensionUrl(''))) {
    const id = await page.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: TabsApi }).chrome;
      return (await tabs.getCurrent())?.id;
    });
    if (id === undefined) throw new Error(`no tab id for ${page.url()}`);
    return id;
  }
  await page.bringToFront();
  const worker = await extension.serviceWorker();
  const ids = await worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const active = await tabs.query({ active: true, lastFocusedWindow: true });
    return active.map((tab) => tab.id);
  });
  const [id, ...others] = ids;
  if (id === undefined || others.length > 0) {
    throw new Error(`expected exactly one active tab for ${page.url()}, got ${JSON.stringify(ids)}`);
  }
  return id;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
