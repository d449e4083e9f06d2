import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { LibraryDb, openLibraryDb } from '../../../utils/db/library-db';
import { bumpLibraryVersion, readLibraryVersion, readMeta } from '../../../utils/db/meta';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from './test-library-db';

afterEach(() => {
  closeTestLibraryDbs();
  vi.unstubAllGlobals();
});

it('refuses to open inside a web page, where it would be the seller site’s own IndexedDB', () => {
  vi.stubGlobal('location', { protocol: 'https:' });

  expect(() => openLibraryDb(freshLibraryDbName())).toThrow(/only in extension contexts.*use callBackground/);
});

it('opens in extension pages and in the service worker', () => {
  vi.stubGlobal('location', { protocol: 'chrome-extension:' });
  const db = openLibraryDb(freshLibraryDbName());

  expect(db).toBeInstanceOf(LibraryDb);
  db.close();
});

it('reads a damaged meta value as missing rather than trusting it', async () => {
  const db = openTestLibraryDb();
  await db.meta.put({ key: 'defaultPackRemoved', value: 'yes' as unknown as boolean });

  expect(await readMeta(db, 'defaultPackRemoved')).toBeUndefined();
});

it('gives every library write a new version stamp', async () => {
  const db = openTestLibraryDb();
  expect(await readLibraryVersion(db)).toBeNull();

  const first = await bumpLibraryVersion(db);
  const second = await bumpLibraryVersion(db);

  expect(second).not.toBe(first);
  expect(await readLibraryVersion(db)).toBe(second);
});
