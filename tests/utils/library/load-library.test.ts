import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { installPack } from '../../../utils/library/install-pack';
import { loadLibrary, loadLibrarySnapshot } from '../../../utils/library/load-library';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from './test-packs';

afterEach(() => {
  closeTestLibraryDbs();
  vi.restoreAllMocks();
});

it('gives the engine every phrase, and categories in the agent’s flow order with the pack’s own last', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);

  const library = await loadLibrary(db);

  expect(library.phrases.map((phrase) => phrase.uid).sort()).toEqual(['tea-shop/brew-001', 'tea-shop/ship-001']);
  expect(library.categories.map((category) => category.id)).toEqual([
    'greeting',
    'product',
    'bargaining',
    'urging-payment',
    'shipping',
    'after-sales',
    'invoice',
    'farewell',
    'brewing',
  ]);
});

it('leaves out a row that storage returns damaged, with a warning, instead of failing the whole library', async () => {
  const db = openTestLibraryDb();
  await installPack(db, TEA_SHOP_PACK);
  // e.g. edited by hand in DevTools, or written by a build with a different phrase format
  await db.phrases.put({ uid: 'tea-shop/broken', packId: 'tea-shop', id: 'broken', text: '', category: 'shipping', triggers: [], tags: [] });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

  const library = await loadLibrary(db);

  expect(library.phrases.map((phrase) => phrase.uid)).not.toContain('tea-shop/broken');
  expect(library.phrases).toHaveLength(TEA_SHOP_PACK.phrases.length);
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/skipped 1 unreadable row\(s\) in table "phrases"/));
});

it('reads the version stamp together with the data it describes', async () => {
  const db = openTestLibraryDb();
  expect((await loadLibrarySnapshot(db)).version).toBeNull();

  await installPack(db, TEA_SHOP_PACK);
  const snapshot = await loadLibrarySnapshot(db);

  expect(snapshot.version).toEqual((await db.meta.get('libraryVersion'))?.value);
  expect(snapshot.library.phrases).toHaveLength(TEA_SHOP_PACK.phrases.length);
});
