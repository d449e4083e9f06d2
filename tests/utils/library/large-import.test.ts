import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { loadLibrarySnapshot } from '../../../utils/library/load-library';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { importFixture, previewFixture } from './import-file';

afterEach(closeTestLibraryDbs);

it('a 10,000-phrase workbook previews and imports in one go', { timeout: 60_000 }, async () => {
  const db = openTestLibraryDb();

  const { preview } = await previewFixture(db, 'large-10k.xlsx', { id: 'big-shop', version: '1.0.0' });
  await importFixture(db, 'large-10k.xlsx', { id: 'big-shop', version: '1.0.0' });
  const snapshot = await loadLibrarySnapshot(db);

  expect(preview).toMatchObject({ upgrade: 'new', invalid: [], risky: [], canCommit: true, pack: { phraseCount: 10_000 } });
  expect(preview.added).toHaveLength(10_000);
  expect(preview.categories.added.map((category) => category.labels['zh-CN']).sort()).toEqual(['系列0', '系列10', '系列15', '系列5']);
  expect(snapshot.library.phrases.filter((phrase) => phrase.packId === 'big-shop')).toHaveLength(10_000);
});
