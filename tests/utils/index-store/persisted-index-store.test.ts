import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { allPhrases, buildLibraryIndex, LIBRARY_INDEX_FORMAT } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { IndexStoreDb } from '../../../utils/index-store/index-store-db';
import { clearPersistedIndexes, createPersistedIndexStore } from '../../../utils/index-store/persisted-index-store';
import { defaultPack } from '../../../utils/packs/default-pack';

const opened: IndexStoreDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function freshStoreDb(): IndexStoreDb {
  const db = new IndexStoreDb(`huashu-index-cache-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));

it('gives back the index stored for exactly this library version', async () => {
  const store = createPersistedIndexStore('huashu-library', freshStoreDb());
  await store.save('stamp-a', index);

  const loaded = await store.load('stamp-a');

  expect(loaded && allPhrases(loaded)).toEqual(allPhrases(index));
});

it('gives nothing for another library version (the library changed since)', async () => {
  const store = createPersistedIndexStore('huashu-library', freshStoreDb());
  await store.save('stamp-a', index);

  expect(await store.load('stamp-b')).toBeUndefined();
});

it('gives nothing for an index another build wrote in another format', async () => {
  const db = freshStoreDb();
  await db.indexes.put({ libraryDb: 'huashu-library', libraryVersion: 'stamp-a', format: LIBRARY_INDEX_FORMAT + 1, savedAt: 0, index });

  expect(await createPersistedIndexStore('huashu-library', db).load('stamp-a')).toBeUndefined();
});

it('keeps one index per library database: a save replaces the last one', async () => {
  const db = freshStoreDb();
  const store = createPersistedIndexStore('huashu-library', db);
  await store.save('stamp-a', index);
  await store.save('stamp-b', index);

  expect(await db.indexes.count()).toBe(1);
  expect(await store.load('stamp-a')).toBeUndefined();
  expect(await store.load('stamp-b')).toBeDefined();
});

it('drops a damaged index instead of using it', async () => {
  const db = freshStoreDb();
  const damaged = structuredClone(index);
  damaged.triggers.phraseList[0] = 1_000_000;
  await db.indexes.put({ libraryDb: 'huashu-library', libraryVersion: 'stamp-a', format: LIBRARY_INDEX_FORMAT, savedAt: 0, index: damaged });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  expect(await createPersistedIndexStore('huashu-library', db).load('stamp-a')).toBeUndefined();
  expect(await db.indexes.count()).toBe(0);
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rebuilt/));
  warn.mockRestore();
});

it('gives nothing after an update cleared the store (new code may build indexes differently)', async () => {
  const db = freshStoreDb();
  const store = createPersistedIndexStore('huashu-library', db);
  await store.save('stamp-a', index);

  await clearPersistedIndexes(db);

  expect(await store.load('stamp-a')).toBeUndefined();
});
