import { z } from 'zod';
import { packSchema } from '../schemas/pack';
import { importProblemSchema } from './import-problem';
import { importPreviewSchema } from './import-preview';
import { IMPORT_LIMITS } from './limits';
import { IMPORT_KINDS } from './parse-import-file';

/**
 * What the options page sends and gets back for imports, exports and backups (the requests
 * themselves are in utils/messaging/protocol.ts). Runtime messages carry JSON, so file bytes
 * travel as base64.
 */

/** Chrome refuses runtime messages over 64 MiB; a backup or an export is well below that. */
const MAX_MESSAGE_TEXT = 60 * 1024 * 1024;

const fileBase64Schema = z.string().max(Math.ceil((IMPORT_LIMITS.fileBytes * 4) / 3) + 4, {
  error: `文件太大，最大 ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB / the file is too large`,
});

export const importFileSchema = z.object({
  base64: fileBase64Schema,
  fileName: z.string().max(260),
  kind: z.enum(IMPORT_KINDS).optional(),
  /** The products sheet as a second CSV file, beside a CSV phrase sheet (pack format 3). */
  products: z.object({ base64: fileBase64Schema, fileName: z.string().max(260) }).optional(),
});

/** The import dialog's fields: a spreadsheet's pack metadata, and whether to install an older version. */
export const importDialogOptionsSchema = z.object({
  id: z.string().max(64).optional(),
  name: z.string().max(80).optional(),
  version: z.string().max(40).optional(),
  author: z.string().max(80).optional(),
  description: z.string().max(2000).optional(),
  force: z.boolean().optional(),
});
export type ImportDialogOptions = z.infer<typeof importDialogOptionsSchema>;

export const previewImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Names this preview in the worker's memory; a restarted worker has forgotten it, so `pack` comes along too. */
    previewId: z.string(),
    preview: importPreviewSchema,
    pack: packSchema,
  }),
  z.object({ ok: z.literal(false), problems: z.array(importProblemSchema) }),
]);
export type PreviewImportResult = z.infer<typeof previewImportResultSchema>;

export const commitImportDataSchema = z
  .object({
    previewId: z.string().max(100).optional(),
    /** The previewed pack, for when the worker restarted since the preview. */
    pack: packSchema.optional(),
    expectedLibraryVersion: z.string().max(100).nullable(),
    force: z.boolean().optional(),
    /** The lead saw the invalid rows and chose to import the valid ones. */
    acceptInvalidRows: z.boolean().optional(),
    source: z.string().max(300).optional(),
  })
  .refine((data) => data.previewId !== undefined || data.pack !== undefined, {
    error: '需要 previewId 或 pack / commitImport needs a previewId or the pack',
  });

export const COMMIT_STATUS_CODES = ['library-changed', 'older-version', 'reserved-id', 'preview-expired', 'invalid-rows'] as const;

export const commitImportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('committed'), packId: z.string(), version: z.string(), libraryVersion: z.string() }),
  z.object({ status: z.literal('refused'), code: z.enum(COMMIT_STATUS_CODES), message: z.string() }),
]);
export type CommitImportResult = z.infer<typeof commitImportResultSchema>;

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.enum(['application/json', 'text/csv']),
  text: z.string().max(MAX_MESSAGE_TEXT),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const exportFormatSchema = z.enum(['json', 'csv']);

export const restoreResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('restored'), libraryVersion: z.string() }),
  z.object({ status: z.literal('refused'), message: z.string() }),
]);

export const restoreDataSchema = z.object({ text: z.string().max(MAX_MESSAGE_TEXT) });
