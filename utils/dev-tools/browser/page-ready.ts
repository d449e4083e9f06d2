import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

/** Chromium opens with an empty tab; the page being shown should be the only one. */
export async function closeBlankTabs(extension: ExtensionBrowser, keep: Page): Promise<void> {
  for (const page of extension.context.pages()) {
    if (page !== keep && page.url() === 'about:blank') await page.close();
  }
}

/** Lets fonts load and transitions finish so a screenshot shows what a person sees. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}
