import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../browser/launch-extension';
import { tabIdOf } from '../browser/extension-control';
import { closeBlankTabs, settle } from '../browser/page-ready';
import { clickInsert, waitForSuggestion } from '../browser/suggestion-panel';

/**
 * `npm run screenshots`: the store listing screenshots, 1280×800 as Chrome Web Store, Edge
 * Add-ons and AMO accept, taken from the built extension's demo chat in headless Chromium — in
 * Chinese and in English UI — into docs/store/screenshots/<language>/. Committed; rerun after
 * a visible change. Everything shown is the demo's own made-up data.
 */

const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const OUT_DIR = resolve('docs/store/screenshots');
const LISTING = { width: 1280, height: 800 };
const POPUP = { width: 400, height: 600 };

type Language = 'zh-CN' | 'en';

/** The words on the popup slide, the only text this script writes itself. */
const POPUP_CAPTION: Record<Language, { title: string; lines: string[] }> = {
  'zh-CN': {
    title: '点一下，插入团队标准话术',
    lines: ['读取当前聊天里买家最新的一句话', '按团队审核过的话术库推荐回复', '插入输入框，客服检查后自己发送', '话术库和聊天内容都只在本机'],
  },
  en: {
    title: 'Approved replies, one click away, in the seller chat',
    lines: [
      "Reads the buyer's latest message in the open chat",
      "Suggests replies from your team's approved library",
      'Inserts into the chat input — the agent always presses send',
      'The library and the chat never leave this computer',
    ],
  },
};

const RISKY_DRAFT = '亲，加我微信私下转账，给您便宜十块';

async function useLanguage(demo: Page, language: Language): Promise<void> {
  await demo.locator(`[data-testid="language-switch"] [data-language="${language}"]`).click();
  await demo.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

async function shoot(page: Page, file: string): Promise<string> {
  await settle(page);
  await page.screenshot({ path: file });
  return file;
}

/** A 1280×800 slide: the popup as the agent sees it, beside what it does. */
async function popupSlide(extension: ExtensionBrowser, popupPng: Buffer, language: Language, file: string): Promise<string> {
  const { title, lines } = POPUP_CAPTION[language];
  const slide = await extension.context.newPage();
  await slide.setViewportSize(LISTING);
  const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  await slide.setContent(`<!doctype html><html lang="${language}"><meta charset="utf-8">
    <body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:72px;padding:0 96px;box-sizing:border-box;
      background:linear-gradient(135deg,#e8f0fd,#f6f7f9);font-family:'WenQuanYi Micro Hei','PingFang SC','Microsoft YaHei',sans-serif;color:#1f2329">
      <div style="flex:1">
        <h1 style="font-size:40px;line-height:1.3;margin:0 0 32px">${escape(title)}</h1>
        <ul style="font-size:24px;line-height:1.6;margin:0;padding-left:28px;color:#3b4048">${lines.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>
      </div>
      <img alt="" src="data:image/png;base64,${popupPng.toString('base64')}"
        style="width:${POPUP.width}px;height:${POPUP.height}px;border-radius:10px;box-shadow:0 12px 40px rgba(22,100,217,.25);background:#fff">
    </body></html>`);
  const shot = await shoot(slide, file);
  await slide.close();
  return shot;
}

async function screenshotsIn(language: Language): Promise<string[]> {
  const dir = resolve(OUT_DIR, language);
  await mkdir(dir, { recursive: true });
  const extension = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, viewport: LISTING });
  try {
    const demo = await extension.openExtensionPage('demo.html');
    await closeBlankTabs(extension, demo);
    await useLanguage(demo, language);
    await demo.locator('.conv-item[data-conv-id="bargaining"]').click();
    await clickInsert(await waitForSuggestion(demo, 'bargaining'));
    const input = demo.locator('textarea#demo-reply-input');
    await demo.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('textarea#demo-reply-input')?.value ?? '') !== '');
    const files = [await shoot(demo, resolve(dir, '1-suggestions.png'))];

    await input.fill(RISKY_DRAFT);
    await demo.locator('[data-testid="send-guard"]').waitFor({ state: 'visible' });
    files.push(await shoot(demo, resolve(dir, '2-wording-check.png')));
    await input.fill('');

    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, demo)}`, POPUP);
    await waitForSuggestion(popup, 'bargaining');
    await settle(popup);
    const popupPng = await popup.screenshot();
    const popupFile = resolve(dir, '3-popup.png');
    files.push(await popupSlide(extension, popupPng, language, popupFile));
    return files;
  } finally {
    await extension.close();
  }
}

async function main(): Promise<void> {
  for (const language of ['zh-CN', 'en'] as const) {
    for (const file of await screenshotsIn(language)) console.log(file);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
