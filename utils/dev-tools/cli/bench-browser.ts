import '../../schemas/zod-jitless';
import { resolve } from 'node:path';
import { BENCH_PACK_ID, benchPackFile } from '../bench/browser/bench-pack';
import { CLIENT_FIXTURE_URL, serveClientFixture, timeBuyerMessageToBar, waitForBar } from '../bench/browser/client-fixture';
import { contentScriptKilobytes } from '../bench/browser/content-script-size';
import { timedBackgroundRequest } from '../bench/browser/extension-request';
import { waitForStoredIndex } from '../bench/browser/stored-index-probe';
import { generateBuyerThreads } from '../bench/buyer-threads';
import { figureLines, formatTable } from '../bench/report';
import { BROWSER_TARGETS, formatFigure, verdictLine } from '../bench/targets';
import { median, percentile } from '../bench/timing';
import { launchWithExtension, type ExtensionBrowser } from '../browser/launch-extension';
import { stopServiceWorker } from '../browser/extension-control';
import { libraryFromPacks } from '../../engine/library-from-packs';
import { defaultPack } from '../../packs/default-pack';
import type { Page } from 'playwright-core';

const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const PACK_PHRASES = 10_000;
const IMPORTS = 3;
const WARM_UP_MESSAGES = 3;
const MESSAGES = 50;
const COLD_STARTS = 5;

/**
 * `npm run bench:browser`: the built extension in headless Chromium, with a 10k-phrase pack
 * imported the way a team lead imports one. Prints a table, one key=value line per figure and
 * last "bench ok" or "bench FAIL: <which>"; exits 0 either way (it measures; tests test).
 */
async function main(): Promise<void> {
  const figures = new Map<string, number>();
  const notes: string[] = [];
  const seed = libraryFromPacks([defaultPack()]).phrases;
  const extension = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
  try {
    const extensionPage = await extension.openExtensionPage('popup.html');
    await timedBackgroundRequest(extensionPage, 'getLibraryStatus', undefined);

    // An agent's worker has answered before the lead's import arrives: it holds an index.
    const warmThread = generateBuyerThreads(seed, 1)[0] ?? { site: 'bench', messages: [{ role: 'buyer' as const, text: '在吗' }] };
    await timedBackgroundRequest(extensionPage, 'suggest', { thread: warmThread });
    const imports = await importBenchPack(extensionPage, seed);
    figures.set('import_10k_ms', median(imports.fresh.map((round) => round.previewMs + round.commitMs)));
    figures.set('import_10k_upgrade_ms', imports.upgradeMs);
    const rounds = imports.fresh.map((round) => `${formatFigure(round.previewMs)} + ${formatFigure(round.commitMs)}`).join(' / ');
    notes.push(`import_10k_ms: a new ${PACK_PHRASES}-phrase JSON pack from file to committed (previewImport: parse, validate, diff + commitImport: write), median of ${IMPORTS}: ${rounds} ms`);
    notes.push(`import_10k_upgrade_ms: the same pack in a newer version over the installed one (every phrase in the diff)`);

    // The first suggestion after the import builds the index; the worker then stores it.
    const firstThread = generateBuyerThreads(seed, 1)[0] ?? { site: 'bench', messages: [{ role: 'buyer' as const, text: '在吗' }] };
    const rebuild = await timedBackgroundRequest(extensionPage, 'suggest', { thread: firstThread });
    await waitForStoredIndex(extensionPage, imports.libraryVersion);
    figures.set('first_suggest_after_import_ms', rebuild.ms);
    notes.push(
      `first_suggest_after_import_ms: the first suggest after the import commits (${PACK_PHRASES + defaultPack().phrases.length} phrases), answered by the previous index while the new one is built and its topic model trained; then the bench waits for the new index to be stored`,
    );

    const barTimes = await timeBarOnClientPage(extension, seed);
    figures.set('e2e_suggest_ms_p50', percentile(barTimes, 50));
    figures.set('e2e_suggest_ms_p95', percentile(barTimes, 95));
    notes.push(`e2e_suggest_ms: ${MESSAGES} buyer messages added to ${CLIENT_FIXTURE_URL} → the in-page bar's DOM lists suggestions for that message (after ${WARM_UP_MESSAGES} unmeasured)`);

    const coldStarts = await timeColdStarts(extension, extensionPage, firstThread);
    figures.set('sw_cold_ms', median(coldStarts));
    notes.push(`sw_cold_ms: service worker stopped (CDP ServiceWorker.stopAllWorkers) → first suggest answered, median of ${COLD_STARTS}: ${coldStarts.map(formatFigure).join(' / ')} ms`);

    figures.set('content_kb', await contentScriptKilobytes(EXTENSION_DIR));
    notes.push(`content_kb: the content scripts' JS and CSS in ${EXTENSION_DIR}`);
  } finally {
    await extension.close();
  }

  console.log(`browser: ${EXTENSION_DIR} in headless Chromium, library = default pack + ${PACK_PHRASES} generated phrases`);
  console.log(
    formatTable(
      ['figure', 'value', 'target'],
      [...figures].map(([key, value]) => {
        const target = BROWSER_TARGETS.find((candidate) => candidate.key === key);
        return [key, formatFigure(value), target ? `${target.bound === 'at-most' ? '≤' : '≥'} ${target.limit}` : '-'];
      }),
    ),
  );
  for (const note of notes) console.log(`  ${note}`);
  console.log('');
  for (const line of figureLines(figures)) console.log(line);
  console.log(verdictLine(figures, BROWSER_TARGETS));
}

interface ImportTimes {
  /** A new 10k pack, previewed and committed; one per round, the pack removed between rounds. */
  fresh: { previewMs: number; commitMs: number }[];
  /** The same pack again in a newer version: the diff touches every phrase. */
  upgradeMs: number;
  libraryVersion: string;
}

/** Imports the pack IMPORTS times as a new pack (removing it in between), then once as an upgrade. */
async function importBenchPack(extensionPage: Page, seed: Parameters<typeof benchPackFile>[0]): Promise<ImportTimes> {
  const fresh: ImportTimes['fresh'] = [];
  for (let round = 0; round < IMPORTS; round += 1) {
    if (round > 0) await timedBackgroundRequest(extensionPage, 'removePack', { packId: BENCH_PACK_ID });
    fresh.push(await importVersion(extensionPage, seed, `1.0.${round}`));
  }
  const upgrade = await importVersion(extensionPage, seed, '1.1.0');
  return { fresh, upgradeMs: upgrade.previewMs + upgrade.commitMs, libraryVersion: upgrade.libraryVersion };
}

async function importVersion(extensionPage: Page, seed: Parameters<typeof benchPackFile>[0], version: string) {
  const base64 = Buffer.from(benchPackFile(seed, PACK_PHRASES, version), 'utf8').toString('base64');
  const preview = await timedBackgroundRequest(extensionPage, 'previewImport', { file: { base64, fileName: `${BENCH_PACK_ID}.json`, kind: 'json' } });
  if (!preview.result.ok) throw new Error(`previewImport refused the bench pack: ${JSON.stringify(preview.result.problems.slice(0, 3))}`);
  const commit = await timedBackgroundRequest(extensionPage, 'commitImport', {
    previewId: preview.result.previewId,
    expectedLibraryVersion: preview.result.preview.libraryVersion,
    source: `${BENCH_PACK_ID}.json`,
  });
  if (commit.result.status !== 'committed') throw new Error(`commitImport refused the bench pack: ${commit.result.message}`);
  return { previewMs: preview.ms, commitMs: commit.ms, libraryVersion: commit.result.libraryVersion };
}

async function timeBarOnClientPage(extension: ExtensionBrowser, seed: Parameters<typeof generateBuyerThreads>[0]): Promise<number[]> {
  await serveClientFixture(extension.context);
  const page = await extension.context.newPage();
  await page.goto(CLIENT_FIXTURE_URL);
  await waitForBar(page);
  // Distinct buyer turns (the last buyer message of generated threads), so no answer is reused.
  const turns = [...new Set(generateBuyerThreads(seed, 400, 7).map((thread) => thread.messages.at(-1)?.text ?? '').filter((text) => text.trim() === text && text !== ''))];
  const times: number[] = [];
  for (const [at, text] of turns.slice(0, WARM_UP_MESSAGES + MESSAGES).entries()) {
    const ms = await timeBuyerMessageToBar(page, text);
    if (at >= WARM_UP_MESSAGES) times.push(ms);
  }
  await page.close();
  return times;
}

async function timeColdStarts(extension: ExtensionBrowser, extensionPage: Page, thread: Parameters<typeof timedBackgroundRequest<'suggest'>>[2]['thread']): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < COLD_STARTS; round += 1) {
    await stopServiceWorker(extension);
    const { ms, result } = await timedBackgroundRequest(extensionPage, 'suggest', { thread });
    if (result.suggestions.length === 0) throw new Error('the woken worker answered without suggestions');
    times.push(ms);
  }
  return times;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  console.log(`bench FAIL: the browser bench itself failed (${error instanceof Error ? error.message : String(error)})`);
});
