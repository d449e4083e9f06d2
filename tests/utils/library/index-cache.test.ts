import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { allPhrases, buildLibraryIndex, type LibraryIndex } from '../../../utils/engine/library-index';
import { IndexStoreDb } from '../../../utils/index-store/index-store-db';
import { createPersistedIndexStore } from '../../../utils/index-store/persisted-index-store';
import { createLibraryIndexCache } from '../../../utils/library/index-cache';
import { installPack } from '../../../utils/library/install-pack';
import { removePack } from '../../../utils/library/remove-pack';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';
import { SEASONAL_PACK, TEA_SHOP_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

const uidsOf = (index: LibraryIndex) => allPhrases(index).map((phrase) => phrase.uid).sort();

/** A separate index store per test, as a fresh browser profile would have. */
function freshStore(libraryDbName: string) {
  return createPersistedIndexStore(libraryDbName, new IndexStoreDb(`huashu-index-cache-test-${crypto.randomUUID()}`));
}

it('builds the index once and reuses it while the library is unchanged', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  const build = vi.fn(buildLibraryIndex);
  const cache = createLibraryIndexCache(db, build, freshStore(db.name));

  const first = await cache.current();
  const second = await cache.current();

  expect(second).toBe(first);
  expect(build).toHaveBeenCalledTimes(1);
  expect(uidsOf(first)).toEqual(['tea-shop/brew-001', 'tea-shop/ship-001']);
});

it('notices a pack the options page installed, through the version stamp', async () => {
  const name = freshLibraryDbName();
  const worker = openTestLibraryDb(name);
  const optionsPage = openTestLibraryDb(name);
  await installPack(worker, TEA_SHOP_PACK);
  const cache = createLibraryIndexCache(worker, buildLibraryIndex, freshStore(name));
  await cache.current();

  await installPack(optionsPage, SEASONAL_PACK);
  const afterInstall = await cache.current();
  await removePack(optionsPage, TEA_SHOP_PACK.id);
  const afterRemoval = await cache.current();

  expect(uidsOf(afterInstall)).toEqual(['seasonal/brew-gift', 'seasonal/gift-001', 'tea-shop/brew-001', 'tea-shop/ship-001']);
  expect(uidsOf(afterRemoval)).toEqual(['seasonal/brew-gift', 'seasonal/gift-001']);
});

it('after a worker restart, loads the stored index instead of rebuilding it', async () => {
  const name = freshLibraryDbName();
  const store = freshStore(name);
  const before = openTestLibraryDb(name);
  await installPack(before, TEA_SHOP_PACK);
  const firstWorker = createLibraryIndexCache(before, buildLibraryIndex, store);
  await firstWorker.current();
  await firstWorker.persisted();

  const build = vi.fn(buildLibraryIndex);
  const restarted = createLibraryIndexCache(openTestLibraryDb(name), build, store);

  expect(uidsOf(await restarted.current())).toEqual(['tea-shop/brew-001', 'tea-shop/ship-001']);
  expect(build).not.toHaveBeenCalled();
});

it('never uses a stored index built from another library version: rebuilds, and stores the new one', async () => {
  const name = freshLibraryDbName();
  const store = freshStore(name);
  const worker = openTestLibraryDb(name);
  await installPack(worker, TEA_SHOP_PACK);
  const firstWorker = createLibraryIndexCache(worker, buildLibraryIndex, store);
  await firstWorker.current();
  await firstWorker.persisted();
  // While no worker runs, the options page installs a pack: the stored index is now stale.
  await installPack(openTestLibraryDb(name), SEASONAL_PACK);

  const build = vi.fn(buildLibraryIndex);
  const restarted = createLibraryIndexCache(openTestLibraryDb(name), build, store);
  const index = await restarted.current();
  await restarted.persisted();
  const thirdWorker = createLibraryIndexCache(openTestLibraryDb(name), build, store);

  expect(uidsOf(index)).toContain('seasonal/gift-001');
  expect(build).toHaveBeenCalledTimes(1);
  expect(uidsOf(await thirdWorker.current())).toContain('seasonal/gift-001');
  expect(build).toHaveBeenCalledTimes(1);
});

it('answers from a rebuild when the index store cannot be read or written', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  const broken = {
    load: vi.fn(async () => Promise.reject(new Error('disk full'))),
    loadLatest: vi.fn(async () => Promise.reject(new Error('disk full'))),
    save: vi.fn(async () => Promise.reject(new Error('disk full'))),
  };
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const cache = createLibraryIndexCache(db, buildLibraryIndex, broken);

  expect(uidsOf(await cache.current())).toEqual(['tea-shop/brew-001', 'tea-shop/ship-001']);
  await cache.persisted();
  expect(broken.save).toHaveBeenCalledTimes(1);
  expect(warn).toHaveBeenCalledTimes(2);
  warn.mockRestore();
});

it('requests arriving together share one rebuild', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  const build = vi.fn(buildLibraryIndex);
  const cache = createLibraryIndexCache(db, build, freshStore(db.name));

  const indexes = await Promise.all([cache.current(), cache.current(), cache.current()]);

  expect(build).toHaveBeenCalledTimes(1);
  expect(new Set(indexes).size).toBe(1);
});

it('an empty library is a real index with no phrases', async () => {
  const db = openTestLibraryDb();
  const cache = createLibraryIndexCache(db, buildLibraryIndex, freshStore(db.name));

  expect((await cache.current()).phrases.count).toBe(0);
});

it('lets the previous index answer live suggestions while a large library is rebuilt, then the new one', async () => {
  const name = freshLibraryDbName();
  const worker = openTestLibraryDb(name);
  const optionsPage = openTestLibraryDb(name);
  await installPack(worker, TEA_SHOP_PACK);
  // "Large" from two phrases, so two small test packs stand for a 10k import.
  const cache = createLibraryIndexCache(worker, buildLibraryIndex, freshStore(name), 2);
  await cache.current();

  await installPack(optionsPage, SEASONAL_PACK);
  const whileRebuilding = await cache.currentOrPrevious();
  const afterwards = await cache.current();
  const next = await cache.currentOrPrevious();

  expect(uidsOf(whileRebuilding)).toEqual(['tea-shop/brew-001', 'tea-shop/ship-001']);
  expect(uidsOf(afterwards)).toEqual(['seasonal/brew-gift', 'seasonal/gift-001', 'tea-shop/brew-001', 'tea-shop/ship-001']);
  expect(next).toBe(afterwards);
});

it('never answers a small library from the past', async () => {
  const name = freshLibraryDbName();
  const worker = openTestLibraryDb(name);
  await installPack(worker, TEA_SHOP_PACK);
  const cache = createLibraryIndexCache(worker, buildLibraryIndex, freshStore(name));
  await cache.currentOrPrevious();

  await installPack(openTestLibraryDb(name), SEASONAL_PACK);

  expect(uidsOf(await cache.currentOrPrevious())).toContain('seasonal/gift-001');
});

it('after a worker restart, the index it stored last answers while a large library is rebuilt', async () => {
  const name = freshLibraryDbName();
  const store = freshStore(name);
  const before = openTestLibraryDb(name);
  await installPack(before, TEA_SHOP_PACK);
  const firstWorker = createLibraryIndexCache(before, buildLibraryIndex, store, 2);
  await firstWorker.current();
  await firstWorker.persisted();

  await installPack(openTestLibraryDb(name), SEASONAL_PACK);
  const secondWorker = createLibraryIndexCache(openTestLibraryDb(name), buildLibraryIndex, store, 2);

  expect(uidsOf(await secondWorker.currentOrPrevious())).toEqual(['tea-shop/brew-001', 'tea-shop/ship-001']);
  expect(uidsOf(await secondWorker.current())).toContain('seasonal/gift-001');
});

it('a woken worker whose stored index is of the current version answers from it and keeps it: one read, no rebuild', async () => {
  const name = freshLibraryDbName();
  const store = freshStore(name);
  const before = openTestLibraryDb(name);
  await installPack(before, TEA_SHOP_PACK);
  await installPack(before, SEASONAL_PACK);
  const firstWorker = createLibraryIndexCache(before, buildLibraryIndex, store, 2);
  await firstWorker.current();
  await firstWorker.persisted();

  const counted = { ...store, load: vi.fn(store.load), loadLatest: vi.fn(store.loadLatest) };
  const build = vi.fn(buildLibraryIndex);
  const woken = createLibraryIndexCache(openTestLibraryDb(name), build, counted, 2);
  const first = await woken.currentOrPrevious();
  const second = await woken.currentOrPrevious();
  const current = await woken.current();

  expect(uidsOf(first)).toContain('seasonal/gift-001');
  expect(second).toBe(first);
  expect(current).toBe(first);
  expect(counted.loadLatest).toHaveBeenCalledTimes(1);
  expect(counted.load).not.toHaveBeenCalled();
  expect(build).not.toHaveBeenCalled();
});
