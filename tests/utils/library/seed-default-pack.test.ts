import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { DEFAULT_PACK_ID } from '../../../utils/packs/default-pack-version';
import { libraryStatus } from '../../../utils/library/library-status';
import { loadLibrary } from '../../../utils/library/load-library';
import { removePack } from '../../../utils/library/remove-pack';
import { restoreDefaultPack, seedDefaultPackOnFirstInstall } from '../../../utils/library/seed-default-pack';
import { installPack } from '../../../utils/library/install-pack';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

describe('first install', () => {
  it('fills the library with the default pack', async () => {
    const db = openTestLibraryDb();

    expect(await seedDefaultPackOnFirstInstall(db)).toBe(true);

    const status = await libraryStatus(db);
    expect(status.phraseCount).toBe(defaultPack().phrases.length);
    expect(status.packs.map((pack) => pack.id)).toEqual([DEFAULT_PACK_ID]);
    expect(status.defaultPackRemoved).toBe(false);
    const library = await loadLibrary(db);
    expect(library.phrases.every((phrase) => phrase.uid === `${DEFAULT_PACK_ID}/${phrase.id}`)).toBe(true);
  });

  it('seeds only once: a second start (or a second onInstalled) changes nothing', async () => {
    const db = openTestLibraryDb();
    await seedDefaultPackOnFirstInstall(db);
    const versionAfterSeeding = await db.meta.get('libraryVersion');

    expect(await seedDefaultPackOnFirstInstall(db)).toBe(false);
    expect(await db.meta.get('libraryVersion')).toEqual(versionAfterSeeding);
  });

  it('two contexts seeding at the same moment install the pack once', async () => {
    const name = freshLibraryDbName();
    const worker = openTestLibraryDb(name);
    const optionsPage = openTestLibraryDb(name);

    const seeded = await Promise.all([seedDefaultPackOnFirstInstall(worker), seedDefaultPackOnFirstInstall(optionsPage)]);

    expect(seeded.filter(Boolean)).toHaveLength(1);
    expect((await libraryStatus(worker)).phraseCount).toBe(defaultPack().phrases.length);
  });

  it('keeps the packs a lead installed before the worker got to seed', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK);

    await seedDefaultPackOnFirstInstall(db);

    expect((await libraryStatus(db)).packs.map((pack) => pack.id).sort()).toEqual([DEFAULT_PACK_ID, TEA_SHOP_PACK.id].sort());
  });
});

describe('a lead who removed the default pack', () => {
  it('keeps an empty library across a worker restart, until 恢复默认', async () => {
    const name = freshLibraryDbName();
    const firstWorker = openTestLibraryDb(name);
    await seedDefaultPackOnFirstInstall(firstWorker);
    await removePack(firstWorker, DEFAULT_PACK_ID);
    firstWorker.close();

    const restartedWorker = openTestLibraryDb(name);
    await seedDefaultPackOnFirstInstall(restartedWorker);

    expect(await libraryStatus(restartedWorker)).toMatchObject({ phraseCount: 0, packs: [], defaultPackRemoved: true });
    expect((await loadLibrary(restartedWorker)).phrases).toEqual([]);

    await restoreDefaultPack(restartedWorker);

    expect(await libraryStatus(restartedWorker)).toMatchObject({
      phraseCount: defaultPack().phrases.length,
      packs: [{ id: DEFAULT_PACK_ID, version: defaultPack().version }],
      defaultPackRemoved: false,
    });
  });

  it('gets the default pack back by importing its file too', async () => {
    const db = openTestLibraryDb();
    await seedDefaultPackOnFirstInstall(db);
    await removePack(db, DEFAULT_PACK_ID);

    await installPack(db, defaultPack());

    expect(await libraryStatus(db)).toMatchObject({ phraseCount: defaultPack().phrases.length, defaultPackRemoved: false });
  });
});

describe('恢复默认', () => {
  it('puts edited or missing default phrases back as shipped and leaves other packs alone', async () => {
    const db = openTestLibraryDb();
    await seedDefaultPackOnFirstInstall(db);
    await installPack(db, TEA_SHOP_PACK);
    const [first] = (await loadLibrary(db)).phrases.filter((phrase) => phrase.packId === DEFAULT_PACK_ID);
    if (first === undefined) throw new Error('the default pack has no phrases');
    await db.phrases.update(first.uid, { text: '被改坏的话术' });

    await restoreDefaultPack(db);

    const library = await loadLibrary(db);
    expect(library.phrases.find((phrase) => phrase.uid === first.uid)?.text).toBe(first.text);
    expect(library.phrases.filter((phrase) => phrase.packId === TEA_SHOP_PACK.id)).toHaveLength(TEA_SHOP_PACK.phrases.length);
  });

  it('on a library that was never seeded, also counts as the first install', async () => {
    const db = openTestLibraryDb();

    await restoreDefaultPack(db);

    expect(await seedDefaultPackOnFirstInstall(db)).toBe(false);
    expect((await libraryStatus(db)).phraseCount).toBe(defaultPack().phrases.length);
  });
});
