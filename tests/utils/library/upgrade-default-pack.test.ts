import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { commitImport } from '../../../utils/library/commit-import';
import { listFavourites, setFavourite } from '../../../utils/library/favourites';
import { libraryStatus } from '../../../utils/library/library-status';
import { loadLibrary } from '../../../utils/library/load-library';
import { putPackContents } from '../../../utils/library/pack-contents';
import { setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { recordInsertion, usageOfPhrase } from '../../../utils/library/record-insertion';
import { removePack } from '../../../utils/library/remove-pack';
import { createSeedOnce } from '../../../utils/library/seed-once';
import { upgradeShippedDefaultPack } from '../../../utils/library/upgrade-default-pack';
import { writeLibrary } from '../../../utils/library/write-library';
import { writeMeta } from '../../../utils/db/meta';
import { defaultPack } from '../../../utils/packs/default-pack';
import { DEFAULT_PACK_ID } from '../../../utils/packs/default-pack-version';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';

afterEach(closeTestLibraryDbs);

const GREETING_UID = `${DEFAULT_PACK_ID}/greeting-001`;
const MY_GREETING = '亲，您好，我是小王，今天由我为您服务～';
/** The default pack as an earlier release shipped it: an older version, without its last phrase. */
const EARLIER_RELEASE = { ...defaultPack(), version: '0.9.0', phrases: defaultPack().phrases.slice(0, -1) };

/** A team that installed an earlier release and has worked with its default pack. */
async function teamOnEarlierRelease(source?: string): Promise<LibraryDb> {
  const db = openTestLibraryDb();
  await writeLibrary(db, async () => {
    await putPackContents(db, EARLIER_RELEASE, { now: 1, ...(source === undefined ? {} : { source }) });
    await writeMeta(db, 'seededAt', 1);
  });
  await setPhraseOverride(db, GREETING_UID, MY_GREETING, 2);
  await setFavourite(db, GREETING_UID, true, 3);
  await recordInsertion(db, GREETING_UID, 'greeting', 4);
  return db;
}

const installedDefault = async (db: LibraryDb) => (await libraryStatus(db)).packs.find((pack) => pack.id === DEFAULT_PACK_ID);

describe('an extension update that ships a newer default pack', () => {
  it('brings an untouched default pack up to date, keeping the agent’s edit, pin and usage', async () => {
    const db = await teamOnEarlierRelease();

    expect(await upgradeShippedDefaultPack(db, 10)).toBe(true);

    expect(await installedDefault(db)).toMatchObject({ version: defaultPack().version, installedAt: 1, updatedAt: 10 });
    expect((await libraryStatus(db)).phraseCount).toBe(defaultPack().phrases.length);
    const library = await loadLibrary(db);
    expect(library.phrases.find((phrase) => phrase.uid === GREETING_UID)?.text).toBe(MY_GREETING);
    expect((await listFavourites(db)).map((favourite) => favourite.uid)).toEqual([GREETING_UID]);
    expect((await usageOfPhrase(db, GREETING_UID)).map((row) => row.count)).toEqual([1]);
  });

  it('happens on the worker’s first request after the update, once', async () => {
    const db = await teamOnEarlierRelease();
    const seedOnce = createSeedOnce(db);

    await seedOnce.ensureSeeded();
    const versionAfterUpgrade = await db.meta.get('libraryVersion');
    await seedOnce.ensureSeeded();

    expect((await installedDefault(db))?.version).toBe(defaultPack().version);
    expect(await db.meta.get('libraryVersion')).toEqual(versionAfterUpgrade);
    expect(await upgradeShippedDefaultPack(db)).toBe(false);
  });

  it('leaves a default pack the lead imported from a file alone', async () => {
    const db = await teamOnEarlierRelease('默认话术-门店版.xlsx');

    expect(await upgradeShippedDefaultPack(db)).toBe(false);

    expect(await installedDefault(db)).toMatchObject({ version: '0.9.0', source: '默认话术-门店版.xlsx' });
  });

  it('leaves a newer default pack the lead installed alone', async () => {
    const db = openTestLibraryDb();
    await commitImport(db, { ...defaultPack(), version: '99.0.0' }, { expectedLibraryVersion: null });

    expect(await upgradeShippedDefaultPack(db)).toBe(false);
    expect((await installedDefault(db))?.version).toBe('99.0.0');
  });

  it('does not bring back a default pack the lead removed', async () => {
    const db = await teamOnEarlierRelease();
    await removePack(db, DEFAULT_PACK_ID);

    expect(await upgradeShippedDefaultPack(db)).toBe(false);
    expect(await installedDefault(db)).toBeUndefined();
  });
});
