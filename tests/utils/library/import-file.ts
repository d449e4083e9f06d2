import type { LibraryDb } from '../../../utils/db/library-db';
import type { CommitResult } from '../../../utils/library/commit-import';
import { commitImport } from '../../../utils/library/commit-import';
import { previewImport, type ParsedPack } from '../../../utils/library/preview-import';
import type { ImportPreview } from '../../../utils/packs/import-preview';
import { parseImportFile, type ImportOptions } from '../../../utils/packs/parse-import-file';
import { fixtureBytes, parsedOk } from '../packs/pack-fixtures';

/** What the options page does with a file: parse, preview, and (when asked) confirm. */
export async function previewFixture(db: LibraryDb, file: string, options: ImportOptions & { force?: boolean } = {}): Promise<{ parsed: ParsedPack; preview: ImportPreview }> {
  const parsed = parsedOk(await parseImportFile(fixtureBytes(file), { fileName: file, ...options }));
  return { parsed, preview: await previewImport(db, parsed, { force: options.force }) };
}

export async function importFixture(db: LibraryDb, file: string, options: ImportOptions & { force?: boolean } = {}): Promise<CommitResult> {
  const { parsed, preview } = await previewFixture(db, file, options);
  return commitImport(db, parsed.pack, { expectedLibraryVersion: preview.libraryVersion, force: options.force, source: file });
}
