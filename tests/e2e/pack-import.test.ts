import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { stopServiceWorker } from '../../utils/dev-tools/browser/extension-control';
import { bytesToBase64 } from '../../utils/packs/base64';
import { startExtension } from './support/extension';
import { requestFromBackground } from './support/background-request';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'packs', name)));

interface ExportedPack {
  version: string;
  phrases: { text: string }[];
}

/** The 10,000-phrase workbook's next version as a CSV: every phrase reworded. */
function rewordedLargeSheet(version: string): string {
  const lines = ['编号,分类,话术'];
  for (let i = 1; i <= 10_000; i++) {
    const n = String(i).padStart(5, '0');
    const label = i % 5 === 0 ? `系列${i % 20}` : ['问候', '商品咨询', '议价', '催付', '发货', '售后', '发票', '告别'][i % 8];
    lines.push(`p${n},${label},亲，第${i}条话术的${version}版说法～`);
  }
  return lines.join('\n');
}

describe('a lead imports a 10,000-phrase workbook; the service worker reads it', () => {
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    extension = await startExtension();
    page = await extension.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('previews and imports the XLSX inside the MV3 worker (no Web Worker, no blob: URL)', async () => {
    const answer = await requestFromBackground(page, 'previewImport', {
      file: { base64: bytesToBase64(fixture('large-10k.xlsx')), fileName: 'big-shop.xlsx' },
      options: { version: '1.0.0' },
    });
    if (!answer.ok) throw new Error(answer.problems.map((problem) => problem.reason).join('\n'));
    expect(answer.preview).toMatchObject({ pack: { id: 'big-shop', phraseCount: 10_000 }, upgrade: 'new', invalid: [], canCommit: true });

    const committed = await requestFromBackground(page, 'commitImport', {
      previewId: answer.previewId,
      expectedLibraryVersion: answer.preview.libraryVersion,
    });

    expect(committed).toMatchObject({ status: 'committed', packId: 'big-shop', version: '1.0.0' });
    const status = await requestFromBackground(page, 'getLibraryStatus', undefined);
    expect(status.packs.map((pack) => pack.id)).toContain('big-shop');
  });

  // Chromium lets a stopping worker finish what it is doing for a moment, so here the stop usually
  // lands after the commit; an abort inside the transaction is tested in
  // tests/utils/library/commit-import.test.ts. Either way: all of the new version, or none of it.
  it('stopping the worker while the next version is being imported leaves either all of it or none', async () => {
    const version = '2.0.0';
    const answer = await requestFromBackground(page, 'previewImport', {
      file: { base64: bytesToBase64(new TextEncoder().encode(rewordedLargeSheet(version))), fileName: 'big-shop.csv' },
      options: { version },
    });
    if (!answer.ok) throw new Error(answer.problems.map((problem) => problem.reason).join('\n'));
    expect(answer.preview.changed).toHaveLength(10_000);
    const before = JSON.parse((await requestFromBackground(page, 'exportPack', { packId: 'big-shop', format: 'json' })).text) as ExportedPack;

    // Sent without waiting for the answer; the worker is stopped through CDP right away.
    const commit = requestFromBackground(page, 'commitImport', { pack: answer.pack, expectedLibraryVersion: answer.preview.libraryVersion }).catch(
      (error: unknown) => error,
    );
    await stopServiceWorker(extension);
    await commit;

    const after = JSON.parse((await requestFromBackground(page, 'exportPack', { packId: 'big-shop', format: 'json' })).text) as ExportedPack;
    const landed = after.version === version;
    const expected = landed ? answer.pack : before;
    expect(after.phrases).toEqual(expected.phrases);
    expect(after.version).toBe(expected.version);
  });
});
