import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { createLibraryIndexCache } from '../../../utils/library/index-cache';
import { installPack } from '../../../utils/library/install-pack';
import { removePack } from '../../../utils/library/remove-pack';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';
import { SEASONAL_PACK, TEA_SHOP_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

const uidsOf = (index: { phrases: { uid: string }[] }) => index.phrases.map((phrase) => phrase.uid).sort();

it('builds the index once and reuses it while the library is unchanged', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  const build = vi.fn(buildLibraryIndex);
  const cache = createLibraryIndexCache(db, build);

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
  const cache = createLibraryIndexCache(worker);
  await cache.current();

  await installPack(optionsPage, SEASONAL_PACK);
  const afterInstall = await cache.current();
  await removePack(optionsPage, TEA_SHOP_PACK.id);
  const afterRemoval = await cache.current();

  expect(uidsOf(afterInstall)).toEqual(['seasonal/brew-gift', 'seasonal/gift-001', 'tea-shop/brew-001', 'tea-shop/ship-001']);
  expect(uidsOf(afterRemoval)).toEqual(['seasonal/brew-gift', 'seasonal/gift-001']);
});

it('after a worker restart, rebuilds from the database on the first request', async () => {
  const name = freshLibraryDbName();
  const before = openTestLibraryDb(name);
  await installPack(before, TEA_SHOP_PACK);
  before.close();

  const restarted = createLibraryIndexCache(openTestLibraryDb(name));

  expect(uidsOf(await restarted.current())).toEqual(['tea-shop/brew-001', 'tea-shop/ship-001']);
});

it('requests arriving together share one rebuild', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  const build = vi.fn(buildLibraryIndex);
  const cache = createLibraryIndexCache(db, build);

  const indexes = await Promise.all([cache.current(), cache.current(), cache.current()]);

  expect(build).toHaveBeenCalledTimes(1);
  expect(new Set(indexes).size).toBe(1);
});

it('an empty library is a real index with no phrases', async () => {
  const cache = createLibraryIndexCache(openTestLibraryDb());

  expect((await cache.current()).phrases).toEqual([]);
});
