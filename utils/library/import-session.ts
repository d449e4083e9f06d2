import type { LibraryDb } from '../db/library-db';
import { storedCategorySchema } from '../db/records';
import type { ImportDialogOptions, PreviewImportResult } from '../packs/import-protocol';
import { parseImportFile, type ImportKind } from '../packs/parse-import-file';
import type { Pack } from '../schemas/pack';
import { parseRows } from './parse-rows';
import { previewImport } from './preview-import';

interface RememberedPreview {
  pack: Pack;
  invalidRows: number;
}

/** How many previews the worker keeps; a lead works on one import at a time. */
const REMEMBERED_PREVIEWS = 4;

export interface ImportSession {
  preview(
    bytes: Uint8Array,
    file: { fileName: string; kind?: ImportKind | undefined; products?: { bytes: Uint8Array; fileName: string } | undefined },
    options?: ImportDialogOptions,
  ): Promise<PreviewImportResult>;
  /** The pack a preview id names, while this worker still remembers it. */
  recall(previewId: string): RememberedPreview | undefined;
}

/**
 * Parses and previews files for the options page and remembers the last few previews, so the
 * confirmation can name one instead of sending the pack back. Memory only: after a worker
 * restart the page sends the pack it got with the preview.
 */
export function createImportSession(db: LibraryDb): ImportSession {
  const previews = new Map<string, RememberedPreview>();
  return {
    async preview(bytes, file, options = {}) {
      const knownCategories = parseRows('categories', await db.categories.toArray(), storedCategorySchema);
      const parsed = await parseImportFile(bytes, { ...options, fileName: file.fileName, kind: file.kind, products: file.products, knownCategories });
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      const preview = await previewImport(db, parsed, { force: options.force });
      const previewId = crypto.randomUUID();
      previews.set(previewId, { pack: parsed.pack, invalidRows: parsed.invalid.length });
      for (const oldest of [...previews.keys()].slice(0, Math.max(0, previews.size - REMEMBERED_PREVIEWS))) previews.delete(oldest);
      return { ok: true, previewId, preview, pack: parsed.pack };
    },
    recall: (previewId) => previews.get(previewId),
  };
}
