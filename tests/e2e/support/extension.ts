import type { ConsoleMessage, Page, Worker } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../../utils/dev-tools/browser/launch-extension';

/** The build under test: the one that ships, unless a helper points at its own build folder. */
export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? '.output/chrome-mv3';

/** One browser per test file (2 cores): headless unless E2E_HEADED=1 and a display exist. */
export async function startExtension(): Promise<ExtensionBrowser> {
  const headed = process.env.E2E_HEADED === '1' && Boolean(process.env.DISPLAY);
  const extension = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: !headed });
  reportErrors(extension);
  return extension;
}

/**
 * Errors in the extension's pages and worker go to stderr, so a failing flow shows the product's
 * own complaint (CSP violation, rejected message, exception) next to the timeout.
 */
function reportErrors(extension: ExtensionBrowser): void {
  const report = (where: string) => (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      console.error(`[${where}] console.${message.type()}: ${message.text()}`);
    }
  };
  const watchPage = (page: Page) => {
    page.on('console', (message) => report(page.url())(message));
    page.on('pageerror', (error) => console.error(`[${page.url()}] uncaught: ${error.message}`));
  };
  const watchWorker = (worker: Worker) => worker.on('console', report('service worker'));
  extension.context.pages().forEach(watchPage);
  extension.context.on('page', watchPage);
  extension.context.serviceWorkers().forEach(watchWorker);
  extension.context.on('serviceworker', watchWorker);
}
