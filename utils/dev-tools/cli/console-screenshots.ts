import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../browser/launch-extension';
import { closeBlankTabs, settle } from '../browser/page-ready';

/**
 * `npm run screenshots:console`: the lead's console as a lead meets it, in Chinese, into
 * docs/screenshots/ — the library in team-draft mode, an import's preview, and the team's
 * picture from three agents' reports. Everything is driven through the console's own controls
 * (the import wizard, the mode switch, the report upload) on made-up data: the tea-shop packs
 * of the test fixtures and three reports written here.
 */

const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const OUT_DIR = resolve('docs/screenshots');
const PACKS = resolve('tests/fixtures/packs');
const VIEWPORT = { width: 1366, height: 860 };

async function until(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`console screenshots: ${what} did not happen within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Upload → preview in the import wizard, as a lead does it. */
async function previewImport(page: Page, file: string, id: string, version: string): Promise<void> {
  await page.getByTestId('options-nav-packs').click();
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(join(PACKS, file));
  await page.getByTestId('import-id').fill(id);
  await page.getByTestId('import-version').fill(version);
  await page.getByTestId('import-preview').click();
  await page.getByTestId('import-preview-result').waitFor({ timeout: 20_000 });
}

async function confirmImport(page: Page): Promise<void> {
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').click({ timeout: 20_000 });
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
}

async function shoot(page: Page, name: string): Promise<string> {
  await settle(page);
  // antd's motions (drawers, tabs, dropdowns) end within 300 ms.
  await page.waitForTimeout(400);
  const file = join(OUT_DIR, name);
  await page.screenshot({ path: file });
  return file;
}

/** One agent's report as the extension exports it (format 2): counts only, never chat text. */
function agentReport(agent: string, scale: number): string {
  const at = Date.UTC(2026, 11, 5);
  const use = (phraseUid: string, text: string, category: string, count: number, sentUnchanged: number, edited: number, deleted: number) => ({
    phraseUid,
    packId: 'tea-shop',
    category,
    text,
    intent: category,
    count: count * scale,
    sentUnchanged: sentUnchanged * scale,
    edited: edited * scale,
    deleted: deleted * scale,
    lastUsedAt: at,
  });
  const suggested = (phraseUid: string, category: string, count: number) => ({ phraseUid, packId: 'tea-shop', category, count: count * scale, lastAt: at });
  return JSON.stringify({
    kind: 'huashu-agent-report',
    format: 2,
    exportedAt: at,
    agent,
    packs: [{ id: 'tea-shop', name: '茶叶店话术', version: '2.0.0' }],
    usage: [
      use('tea-shop/greet-001', '亲，在的～欢迎光临{店铺名}，有什么可以帮您？', 'greeting', 12, 11, 1, 0),
      use('tea-shop/brew-002', '亲，冷泡也可以的，放冰箱四个小时左右就能喝啦～', 'product', 6, 2, 3, 1),
      use('tea-shop/ship-001', '亲，今天下午四点前付款的订单当天就能发出哦～', 'shipping', 8, 5, 1, 2),
    ],
    suggested: [suggested('tea-shop/greet-001', 'greeting', 15), suggested('tea-shop/brew-002', 'product', 14), suggested('tea-shop/ship-001', 'shipping', 11)],
    edits: [],
    sentAnyway: [
      { ruleUid: 'default-rules/off-platform-contact', ruleId: 'off-platform-contact', category: 'off-platform', held: 3 * scale, sentAnyway: scale, lastAt: at },
      { ruleUid: 'default-rules/extreme-claim-absolute', ruleId: 'extreme-claim-absolute', category: 'extreme-claim', held: 2, sentAnyway: 0, lastAt: at },
    ],
    flags: [],
    practice: [],
  });
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const extension = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, viewport: VIEWPORT });
  try {
    const page = await extension.openExtensionPage('options.html#packs');
    await closeBlankTabs(extension, page);
    const files: string[] = [];

    // The team pack, then its next version's preview: added, changed (fields marked), removed.
    await previewImport(page, 'tea-shop-v1.csv', 'tea-shop', '1.0.0');
    await confirmImport(page);
    await previewImport(page, 'tea-shop-v2.csv', 'tea-shop', '2.0.0');
    files.push(await shoot(page, 'console-import.png'));
    await confirmImport(page);

    // The library in team-draft mode, one topic chosen in the tree.
    await page.getByTestId('options-nav-phrases').click();
    await page.getByTestId('library-mode-draft').click();
    await page.getByTestId('library-draft-pack').click();
    await page.locator('.ant-select-item-option', { hasText: 'tea-shop' }).click();
    await until(async () => (await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()) === 0, 'the pack list closing');
    await until(async () => Number(await page.getByTestId('options-phrases').getAttribute('data-count')) > 0, 'the draft table filling');
    files.push(await shoot(page, 'console-library.png'));

    // The team's picture from three agents' reports dropped at once.
    const folder = await mkdtemp(join(tmpdir(), 'console-reports-'));
    const reports = await Promise.all(
      (
        [
          ['小王', 1],
          ['小李', 2],
          ['小张', 3],
        ] as const
      ).map(async ([agent, scale]) => {
        const path = join(folder, `report-${agent}.json`);
        await writeFile(path, agentReport(agent, scale));
        return path;
      }),
    );
    await page.getByTestId('options-nav-team-review').click();
    await page.getByTestId('team-review-files').setInputFiles(reports);
    const funnel = page.getByTestId('team-funnel-chart');
    await until(async () => (await funnel.locator('svg path').count()) > 3, 'the funnel chart drawing');
    await page.getByTestId('team-funnel').scrollIntoViewIfNeeded();
    files.push(await shoot(page, 'console-team.png'));

    for (const file of files) console.log(file);
  } finally {
    await extension.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
