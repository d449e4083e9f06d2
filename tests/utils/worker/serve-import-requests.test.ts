import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveLibraryRequests, type LibraryService } from '../../../utils/worker/serve-library-requests';
import { callBackground } from '../../../utils/messaging/background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import { bytesToBase64 } from '../../../utils/packs/base64';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';
import { fixtureBytes } from '../packs/pack-fixtures';
import { updateResponseDays } from '../../../utils/settings/response-figures-store';
import { addFirstReplies } from '../../../utils/waiting-queue/response-figures';

let dbName: string;
let service: LibraryService;

beforeEach(() => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
  dbName = freshLibraryDbName();
  service = serveLibraryRequests(openTestLibraryDb(dbName));
});
afterEach(() => {
  service.stop();
  backgroundMessenger.removeAllListeners();
  closeTestLibraryDbs();
  vi.restoreAllMocks();
});

const file = (name: string) => ({ base64: bytesToBase64(fixtureBytes(name)), fileName: name });

async function preview(name: string, options: { version?: string; force?: boolean } = {}) {
  const result = await callBackground('previewImport', { file: file(name), options });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.reason).join('\n'));
  return result;
}

describe('the options page imports a file through the worker', () => {
  it('previews, then commits by preview id', async () => {
    const { previewId, preview: shown } = await preview('tea-shop-v1.xlsx', { version: '1.0.0' });

    const committed = await callBackground('commitImport', { previewId, expectedLibraryVersion: shown.libraryVersion, source: 'tea-shop-v1.xlsx' });
    const status = await callBackground('getLibraryStatus');

    expect(shown).toMatchObject({ pack: { id: 'tea-shop', phraseCount: 10 }, upgrade: 'new', canCommit: true });
    expect(committed).toMatchObject({ status: 'committed', packId: 'tea-shop', version: '1.0.0' });
    expect(status.packs.map((pack) => pack.id)).toContain('tea-shop');
  });

  it('still commits after the worker restarted, from the pack the preview returned', async () => {
    const { pack, preview: shown } = await preview('tea-shop-v1.xlsx', { version: '1.0.0' });
    service.stop();
    closeTestLibraryDbs();
    service = serveLibraryRequests(openTestLibraryDb(dbName));

    const committed = await callBackground('commitImport', { previewId: 'forgotten', pack, expectedLibraryVersion: shown.libraryVersion });

    expect(committed).toMatchObject({ status: 'committed', packId: 'tea-shop' });
  });

  it('previews a CSV phrase sheet with its products CSV as one format-3 pack', async () => {
    const encode = (text: string) => bytesToBase64(new TextEncoder().encode(text));
    const result = await callBackground('previewImport', {
      file: {
        base64: encode('分类,话术,适用商品\n商品,亲，保修{商品.保修},pdd:123\n'),
        fileName: 'cups.csv',
        products: { base64: encode('商品名称,平台商品ID,SKU,保修\n保温杯,pdd:123,,一年\n保温杯,,黑色,两年\n'), fileName: 'cups-商品.csv' },
      },
      options: { id: 'cups', version: '1.0.0' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.preview.pack).toMatchObject({ productCount: 1, skuCount: 1, scopedPhraseCount: 1 });
    expect(result.preview.products.added).toEqual([{ name: '保温杯', factCount: 1, skuCount: 1 }]);
    expect(result.pack.phrases[0]?.products).toEqual(['保温杯']);
  });

  it('answers a file it cannot read with its problems, and a forgotten preview without the pack with a refusal', async () => {
    const broken = await callBackground('previewImport', { file: { base64: bytesToBase64(new TextEncoder().encode('分类\n问候\n')), fileName: 'a.csv' } });
    const forgotten = await callBackground('commitImport', { previewId: 'forgotten', expectedLibraryVersion: null });

    expect(broken).toMatchObject({ ok: false, problems: [{ row: 1, column: '话术' }] });
    expect(forgotten).toMatchObject({ status: 'refused', code: 'preview-expired' });
  });

  it('does not import invalid rows unless the lead confirms importing the valid ones only', async () => {
    const { previewId, preview: shown } = await preview('broken.csv');

    const refused = await callBackground('commitImport', { previewId, expectedLibraryVersion: shown.libraryVersion });
    const accepted = await callBackground('commitImport', { previewId, expectedLibraryVersion: shown.libraryVersion, acceptInvalidRows: true });

    expect(shown.invalid).toHaveLength(7);
    expect(refused).toMatchObject({ status: 'refused', code: 'invalid-rows', message: expect.stringMatching(/有 7 行无效/) });
    expect(accepted).toMatchObject({ status: 'committed', packId: 'broken' });
  });

  it('refuses to commit a preview the library has moved past', async () => {
    const first = await preview('tea-shop-v1.xlsx', { version: '1.0.0' });
    const second = await preview('english-headers.csv');
    await callBackground('commitImport', { previewId: second.previewId, expectedLibraryVersion: second.preview.libraryVersion });

    const stale = await callBackground('commitImport', { previewId: first.previewId, expectedLibraryVersion: first.preview.libraryVersion });

    expect(stale).toMatchObject({ status: 'refused', code: 'library-changed' });
  });
});

describe('exports and backups through the worker', () => {
  it('exports a pack as JSON and CSV, and the agent’s data as files', async () => {
    const { previewId, preview: shown } = await preview('tea-shop-v1.xlsx', { version: '1.0.0' });
    await callBackground('commitImport', { previewId, expectedLibraryVersion: shown.libraryVersion });

    const json = await callBackground('exportPack', { packId: 'tea-shop', format: 'json' });
    const csv = await callBackground('exportPack', { packId: 'tea-shop', format: 'csv' });
    const report = await callBackground('exportAgentData', { what: 'report', format: 'csv', agent: '小王' });
    const flags = await callBackground('exportAgentData', { what: 'flags', format: 'json' });
    const personal = await callBackground('exportAgentData', { what: 'personal', format: 'csv' });

    expect(json).toMatchObject({ fileName: 'tea-shop-1.0.0.json', mimeType: 'application/json' });
    expect(JSON.parse(json.text)).toMatchObject({ format: 4, id: 'tea-shop' });
    expect(csv.text.startsWith('\ufeff编号,分类,子类,话术')).toBe(true);
    expect(report.map((exported) => exported.fileName)).toEqual(['usage-小王.csv', 'suggested-小王.csv', 'edits-小王.csv', 'sent-anyway-小王.csv', 'flags-小王.csv', 'practice-小王.csv']);
    expect(JSON.parse(flags[0]?.text ?? '')).toMatchObject({ kind: 'huashu-flags', flags: [] });
    expect(personal[0]?.fileName).toMatch(/^personal-\d{4}\.\d{1,2}\.\d{1,2}\.csv$/);
  });

  it('the agent’s report carries their reply-time figures from the waiting queue, numbers per client and day', async () => {
    const now = Date.now();
    await updateResponseDays((days) =>
      addFirstReplies(days, [
        { site: 'feige', at: now - 60_000, waitedMs: 40_000, thresholdSeconds: 180, withinWindow: true },
        { site: 'feige', at: now - 30_000, waitedMs: 200_000, thresholdSeconds: 180, withinWindow: false },
      ], now),
    );
    const [json] = await callBackground('exportAgentData', { what: 'report', format: 'json', agent: '小王' });
    const csv = await callBackground('exportAgentData', { what: 'report', format: 'csv', agent: '小王' });

    expect(JSON.parse(json?.text ?? '').responseFigures).toEqual([
      expect.objectContaining({ site: 'feige', replies: 2, withinWindow: 1, medianFirstReplyMs: 120_000, slowestFirstReplyMs: 200_000 }),
    ]);
    expect(csv.map((exported) => exported.fileName)).toContain('response-times-小王.csv');
  });

  it('backs up, and restores the backup over a changed library', async () => {
    const backup = await callBackground('backup');
    await callBackground('removePack', { packId: 'default-zh' });

    const restored = await callBackground('restore', { text: backup.text });
    const status = await callBackground('getLibraryStatus');

    expect(backup.fileName).toMatch(/^huashu-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(restored).toMatchObject({ status: 'restored' });
    expect(status).toMatchObject({ defaultPackRemoved: false, packs: [{ id: 'default-zh' }] });
  });

  it('refuses a file that is not a backup, leaving the library alone', async () => {
    const before = await callBackground('getLibraryStatus');

    const refused = await callBackground('restore', { text: '{"kind":"huashu-agent-report"}' });

    expect(refused).toMatchObject({ status: 'refused', message: expect.stringMatching(/不是话术助手的备份文件/) });
    expect(await callBackground('getLibraryStatus')).toEqual(before);
  });
});
