import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { backupToJson, createBackup, restoreBackup } from '../../../utils/library/backup';
import { commitImport } from '../../../utils/library/commit-import';
import { previewImport } from '../../../utils/library/preview-import';
import { readInstalledPack } from '../../../utils/library/read-installed-pack';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { fixtureBytes } from '../packs/pack-fixtures';
import { importFixture } from './import-file';

afterEach(closeTestLibraryDbs);

const snapshot = async (db: LibraryDb) => backupToJson({ ...(await createBackup(db)), exportedAt: 0 });
const v2Csv = new TextDecoder().decode(fixtureBytes('tea-shop-v2.csv'));

/**
 * Random edits to the next version of the sheet, and storage that fails at a random write (or
 * not at all): after every confirmation the library holds either the whole new version or
 * exactly what it held before — never a mix.
 */
it('an import either lands whole or not at all, whatever the file and wherever the storage fails', async () => {
  const base = openTestLibraryDb();
  await importFixture(base, 'tea-shop-v1.xlsx', { id: 'tea-shop', version: '1.0.0' });
  const baseline = await createBackup(base);

  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat(), text: fc.constantFrom('', '"', ',', '\n', '|', '亲，', '{买家}', '__proto__') }), { maxLength: 6 }),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      async (edits, failAtWrite) => {
        const db = openTestLibraryDb();
        await restoreBackup(db, baseline);
        let text = v2Csv;
        for (const edit of edits) {
          const at = edit.at % (text.length + 1);
          text = text.slice(0, at) + edit.text + text.slice(at);
        }
        const parsed = await parseImportFile(new TextEncoder().encode(text), { fileName: 'tea-shop.csv', id: 'tea-shop', version: '2.0.0' });
        if (!parsed.ok) return;
        const preview = await previewImport(db, parsed);
        const before = await snapshot(db);
        let writes = 0;
        db.phrases.hook('creating', () => {
          writes += 1;
          if (writes === failAtWrite) throw new Error('storage failed');
        });

        const committed = await commitImport(db, parsed.pack, { expectedLibraryVersion: preview.libraryVersion }).then(
          () => true,
          () => false,
        );

        if (committed) {
          expect((await readInstalledPack(db, 'tea-shop'))?.pack.phrases).toEqual(parsed.pack.phrases);
        } else {
          expect(failAtWrite).toBeDefined();
          expect(await snapshot(db)).toBe(before);
        }
        db.close();
      },
    ),
    { numRuns: 15 },
  );
});
