import type { RemoveListenerCallback } from '@webext-core/messaging';
import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion } from '../db/meta';
import { handleBackgroundRequest } from '../messaging/background-handlers';
import { base64ToBytes } from '../packs/base64';
import { fileSafe, isoDay } from '../packs/file-name';
import type { CommitImportResult, ExportedFile } from '../packs/import-protocol';
import { packToCsv, packToJson } from '../packs/pack-to-csv';
import type { Pack } from '../schemas/pack';
import { agentReportToCsv, buildAgentReport } from '../library/agent-report';
import { RESPONSE_DAYS_KEPT } from '../waiting-queue/response-figures';
import { waitingQueue } from './waiting-queue-service';
import { backupToJson, createBackup, parseBackup, restoreBackup } from '../library/backup';
import { commitImport, ImportCommitError } from '../library/commit-import';
import { exportFlags, exportPack, exportPersonalPhrases, flagsToCsv } from '../library/export-library';
import { createImportSession } from '../library/import-session';

/**
 * The options page's import, export and backup requests. Registered synchronously with the
 * other library listeners; `ensureSeeded` runs first so a preview never races the first seeding.
 */
export function serveImportRequests(db: LibraryDb, ensureSeeded: () => Promise<void>): RemoveListenerCallback[] {
  const session = createImportSession(db);

  return [
    handleBackgroundRequest('previewImport', async ({ file, options }) => {
      await ensureSeeded();
      let bytes: Uint8Array;
      let products: { bytes: Uint8Array; fileName: string } | undefined;
      try {
        bytes = base64ToBytes(file.base64);
        if (file.products) products = { bytes: base64ToBytes(file.products.base64), fileName: file.products.fileName };
      } catch {
        return { ok: false, problems: [{ reason: '文件内容没有正确传到后台（base64 无效） / the file did not arrive intact (invalid base64)' }] };
      }
      return session.preview(bytes, { fileName: file.fileName, kind: file.kind, products }, options);
    }),
    handleBackgroundRequest('commitImport', async (data): Promise<CommitImportResult> => {
      const remembered = data.previewId === undefined ? undefined : session.recall(data.previewId);
      const pack: Pack | undefined = remembered?.pack ?? data.pack;
      if (!pack) {
        return { status: 'refused', code: 'preview-expired', message: '预览已过期（后台重启过）；请重新预览 / the preview expired; preview the file again' };
      }
      if (remembered && remembered.invalidRows > 0 && data.acceptInvalidRows !== true) {
        return {
          status: 'refused',
          code: 'invalid-rows',
          message: `有 ${remembered.invalidRows} 行无效；修改后重新导入，或确认只导入有效的行 / ${remembered.invalidRows} rows are invalid; fix them or confirm importing the valid rows only`,
        };
      }
      try {
        const result = await commitImport(db, pack, {
          expectedLibraryVersion: data.expectedLibraryVersion,
          force: data.force,
          source: data.source,
        });
        return { status: 'committed', packId: result.pack.id, version: result.pack.version, libraryVersion: result.libraryVersion };
      } catch (error) {
        if (error instanceof ImportCommitError) return { status: 'refused', code: error.code, message: error.message };
        throw error;
      }
    }),
    handleBackgroundRequest('exportPack', async ({ packId, format }) => packFile(await exportPack(db, packId), format)),
    handleBackgroundRequest('exportAgentData', async ({ what, format, agent }): Promise<ExportedFile[]> => {
      const day = isoDay(Date.now());
      switch (what) {
        case 'personal':
          return [packFile(await exportPersonalPhrases(db), format)];
        case 'flags': {
          const flags = await exportFlags(db);
          return format === 'json'
            ? [{ fileName: `flags-${day}.json`, mimeType: 'application/json', text: `${JSON.stringify(flags, null, 2)}\n` }]
            : [{ fileName: `flags-${day}.csv`, mimeType: 'text/csv', text: flagsToCsv(flags.flags) }];
        }
        case 'report': {
          // The agent's reply-time figures ride along: every day still kept, numbers per client only.
          const report = await buildAgentReport(db, { agent, responseFigures: await waitingQueue.figures(RESPONSE_DAYS_KEPT) });
          if (format === 'csv') return agentReportToCsv(report).map((file) => ({ ...file, mimeType: 'text/csv' as const }));
          const who = agent ? `-${fileSafe(agent)}` : '';
          return [{ fileName: `report${who}-${day}.json`, mimeType: 'application/json', text: `${JSON.stringify(report, null, 2)}\n` }];
        }
      }
    }),
    handleBackgroundRequest('backup', async () => {
      await ensureSeeded();
      const backup = await createBackup(db);
      return { fileName: `huashu-backup-${isoDay(backup.exportedAt)}.json`, mimeType: 'application/json', text: backupToJson(backup) };
    }),
    handleBackgroundRequest('restore', async ({ text }) => {
      try {
        await restoreBackup(db, parseBackup(text));
      } catch (error) {
        return { status: 'refused', message: error instanceof Error ? error.message : String(error) };
      }
      const libraryVersion = await readLibraryVersion(db);
      return libraryVersion === null
        ? { status: 'refused', message: 'the library version stamp is missing after the restore' }
        : { status: 'restored', libraryVersion };
    }),
  ];
}

function packFile(pack: Pack, format: 'json' | 'csv'): ExportedFile {
  const base = `${pack.id}-${pack.version}`;
  return format === 'json'
    ? { fileName: `${base}.json`, mimeType: 'application/json', text: packToJson(pack) }
    : { fileName: `${base}.csv`, mimeType: 'text/csv', text: packToCsv(pack) };
}
