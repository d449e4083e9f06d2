import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../browser/launch-extension';
import { tabIdOf } from '../browser/extension-control';
import { closeBlankTabs, settle } from '../browser/page-ready';
import { playPracticeToScoreCard } from '../browser/practice-tour';
import { clickInsert, waitForSuggestion } from '../browser/suggestion-panel';

/**
 * `npm run demo`: Chromium with the freshly built extension, on its demo chat.
 * - With a display (DISPLAY set): a window opens on the demo chat for practice; the command
 *   ends when the window is closed.
 * - Without one (a server, CI) or with --headless: a scripted tour answers the 议价 buyer and
 *   saves screenshots of the demo page, the popup, the popup's facts card on a product buyer's
 *   chat and a practice score card to docs/screenshots/.
 * Either way it first presses 安装示例商品包, as a trainee would, so the product buyers are answered
 * from the demo shop's products (the page never installs the pack by itself).
 */

const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const SCREENSHOT_DIR = resolve('docs/screenshots');
const DEMO_VIEWPORT = { width: 1280, height: 800 };
const POPUP_VIEWPORT = { width: 400, height: 600 };
const FACTS_VIEWPORT = { width: 400, height: 640 };

/** Presses 安装示例商品包 unless the pack is installed already (a kept profile), and waits for it. */
async function installDemoShopPack(demo: Page): Promise<void> {
  const notice = demo.getByTestId('demo-shop-pack');
  await notice.waitFor();
  if ((await notice.getAttribute('data-installed')) !== 'true') {
    await notice.getByRole('button').click();
    await demo.locator('[data-testid="demo-shop-pack"][data-installed="true"]').waitFor({ timeout: 30_000 });
  }
}

/**
 * The popup on the T恤 buyer's chat (a product card, then 在吗): the recognised product and its
 * facts card, opened with its toggle as an agent would to answer from the facts.
 */
async function shootFactsCard(extension: ExtensionBrowser, demo: Page): Promise<string> {
  await demo.bringToFront();
  await demo.locator('.conv-item[data-conv-id="product"]').click();
  await waitForSuggestion(demo, 'greeting');
  const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, demo)}`, FACTS_VIEWPORT);
  await popup.getByTestId('product-chip').waitFor({ timeout: 20_000 });
  if (!(await popup.getByTestId('facts-card').isVisible())) await popup.getByTestId('facts-card-toggle').click();
  await popup.getByTestId('facts-card-fact').first().waitFor();
  // The card sits under the suggestions in the popup's own scrolling list.
  await popup.getByTestId('facts-card').scrollIntoViewIfNeeded();
  const shot = resolve(SCREENSHOT_DIR, 'facts-card.png');
  await settle(popup);
  await popup.screenshot({ path: shot });
  await popup.close();
  return shot;
}

async function practiceInWindow(): Promise<void> {
  const extension = await launchWithExtension({
    extensionDir: EXTENSION_DIR,
    headless: false,
    // Kept between runs (gitignored) so a trainee's settings and phrases survive.
    userDataDir: resolve('.demo-profile'),
    viewport: null,
  });
  const demo = await extension.openExtensionPage('demo.html');
  await closeBlankTabs(extension, demo);
  await installDemoShopPack(demo);
  console.log('演示聊天已在 Chromium 中打开；关闭窗口即可退出。 / The demo chat is open in Chromium; close the window to quit.');
  await new Promise<void>((done) => {
    extension.context.once('close', () => done());
    process.once('SIGINT', () => void extension.close().then(done));
  });
}

async function tourWithScreenshots(): Promise<void> {
  const extension = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, viewport: DEMO_VIEWPORT });
  try {
    const demo = await extension.openExtensionPage('demo.html');
    await closeBlankTabs(extension, demo);
    await installDemoShopPack(demo);
    await demo.locator('.conv-item', { hasText: '议价' }).first().click();
    await clickInsert(await waitForSuggestion(demo, 'bargaining'));
    await demo.waitForFunction(() => {
      const input = document.querySelector<HTMLTextAreaElement>('textarea#demo-reply-input');
      return input !== null && input.value.length > 0;
    });

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const demoShot = resolve(SCREENSHOT_DIR, 'demo.png');
    await settle(demo);
    await demo.screenshot({ path: demoShot });

    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, demo)}`, POPUP_VIEWPORT);
    await waitForSuggestion(popup, 'bargaining');
    const popupShot = resolve(SCREENSHOT_DIR, 'popup.png');
    await settle(popup);
    await popup.screenshot({ path: popupShot });

    await popup.close();
    const factsShot = await shootFactsCard(extension, demo);

    await demo.bringToFront();
    await playPracticeToScoreCard(demo);
    const practiceShot = resolve(SCREENSHOT_DIR, 'practice.png');
    await settle(demo);
    await demo.screenshot({ path: practiceShot });

    console.log(demoShot);
    console.log(popupShot);
    console.log(factsShot);
    console.log(practiceShot);
  } finally {
    await extension.close();
  }
}

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
(headed ? practiceInWindow() : tourWithScreenshots()).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
