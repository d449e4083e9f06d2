import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryDb } from '../../../utils/db/library-db';
import { LIBRARY_SCHEMA_V1 } from '../../../utils/db/schema-v1';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import { loadLibrary } from '../../../utils/library/load-library';
import { recordInsertion, usageOfPhrase } from '../../../utils/library/record-insertion';
import { BUILT_IN_CATEGORY_IDS } from '../../../utils/schemas/category';
import { TEA_SHOP_PACK } from '../library/test-packs';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from './test-library-db';

/**
 * Migration harness. For every schema version: create the database exactly as that version's
 * frozen schema would (the "old build"), seed it, open it with the current LibraryDb (the "new
 * build"), assert nothing was lost. Only version 1 exists so far; a version 2 adds a
 * `describe('version 1 → 2')` that seeds with LIBRARY_SCHEMA_V1 and asserts after the upgrade.
 */

/** Dexie stores version n as IndexedDB version n × 10. */
const nativeVersion = (dexieVersion: number) => dexieVersion * 10;

const cleanups: (() => void)[] = [];
afterEach(() => {
  closeTestLibraryDbs();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Opens a database the way an older build declared it and writes rows into it. */
async function createAtVersion(
  name: string,
  version: number,
  schema: Readonly<Record<string, string>>,
  rows: Record<string, unknown[]>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(schema);
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkPut(tableRows);
  });
  old.close();
}

interface RawStore {
  keyPath: string | string[];
  indexes?: { name: string; keyPath: string; multiEntry?: boolean }[];
  rows?: unknown[];
}

/** Creates a database with plain IndexedDB calls, as some build we do not know would have. */
function createRawDatabase(name: string, version: number, stores: Record<string, RawStore>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      for (const [storeName, store] of Object.entries(stores)) {
        const objectStore = request.result.createObjectStore(storeName, { keyPath: store.keyPath });
        for (const index of store.indexes ?? []) {
          objectStore.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
        }
        for (const row of store.rows ?? []) objectStore.put(row);
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('could not create the raw database'));
  });
}

function describeStores(idb: IDBDatabase): Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> {
  const transaction = idb.transaction(Array.from(idb.objectStoreNames), 'readonly');
  return Object.fromEntries(
    Array.from(idb.objectStoreNames, (storeName) => {
      const store = transaction.objectStore(storeName);
      const indexes = Object.fromEntries(
        Array.from(store.indexNames, (indexName) => {
          const index = store.index(indexName);
          return [indexName, { keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique }];
        }),
      );
      return [storeName, { keyPath: store.keyPath, indexes }];
    }),
  );
}

const ONE_PHRASE = {
  uid: 'tea-shop/brew-001',
  packId: 'tea-shop',
  id: 'brew-001',
  text: '亲，绿茶建议用80度左右的水冲泡～',
  category: 'brewing',
  triggers: ['怎么泡'],
  tags: [],
};

describe('a new install', () => {
  it('creates the version 1 tables with their keys and indexes', async () => {
    const db = openTestLibraryDb();
    await db.open();

    expect(db.verno).toBe(1);
    expect(db.backendDB().version).toBe(nativeVersion(1));
    expect(describeStores(db.backendDB())).toEqual({
      phrases: {
        keyPath: 'uid',
        indexes: {
          packId: { keyPath: 'packId', multiEntry: false, unique: false },
          category: { keyPath: 'category', multiEntry: false, unique: false },
        },
      },
      categories: {
        keyPath: 'id',
        indexes: { declaredBy: { keyPath: 'declaredBy', multiEntry: true, unique: false } },
      },
      packs: { keyPath: 'id', indexes: {} },
      usage: {
        keyPath: ['phraseUid', 'intent'],
        indexes: {
          phraseUid: { keyPath: 'phraseUid', multiEntry: false, unique: false },
          lastUsedAt: { keyPath: 'lastUsedAt', multiEntry: false, unique: false },
        },
      },
      meta: { keyPath: 'key', indexes: {} },
    });
  });

  it('starts with the eight built-in categories and no phrases', async () => {
    const db = openTestLibraryDb();

    const library = await loadLibrary(db);

    expect(library.phrases).toEqual([]);
    expect(library.categories.map((category) => category.id)).toEqual([...BUILT_IN_CATEGORY_IDS]);
    expect(await db.categories.count()).toBe(BUILT_IN_CATEGORY_IDS.length);
  });
});

describe('reopening a version 1 library (what every later version bump must also pass)', () => {
  it('keeps phrases, packs, usage and flags written by the earlier session', async () => {
    const name = freshLibraryDbName();
    await createAtVersion(name, 1, LIBRARY_SCHEMA_V1, {
      phrases: [ONE_PHRASE],
      categories: [{ id: 'brewing', labels: { 'zh-CN': '冲泡方法' }, builtIn: false, declaredBy: ['tea-shop'] }],
      packs: [
        { id: 'tea-shop', name: '茶叶店话术', version: '1.0.0', author: '主管', language: 'zh-CN', installedAt: 1 },
      ],
      usage: [{ phraseUid: ONE_PHRASE.uid, intent: 'brewing', count: 3, lastUsedAt: 5 }],
      meta: [
        { key: 'seededAt', value: 1 },
        { key: 'defaultPackRemoved', value: true },
        { key: 'libraryVersion', value: 'stamp-from-last-session' },
      ],
    });

    const db = openTestLibraryDb(name);
    const library = await loadLibrary(db);
    const status = await libraryStatus(db);

    expect(library.phrases).toEqual([ONE_PHRASE]);
    expect(library.categories.map((category) => category.id)).toContain('brewing');
    expect(status).toMatchObject({ phraseCount: 1, defaultPackRemoved: true, packs: [{ id: 'tea-shop' }] });
    expect(await usageOfPhrase(db, ONE_PHRASE.uid)).toEqual([
      { phraseUid: ONE_PHRASE.uid, intent: 'brewing', count: 3, lastUsedAt: 5 },
    ]);
  });
});

describe('a library written by a newer build than this one (e.g. after a rollback)', () => {
  it('opens at the newer version, reads what it understands and can still write', async () => {
    const name = freshLibraryDbName();
    // A hypothetical version 3 that added a `rules` table and a field on phrases.
    await createRawDatabase(name, nativeVersion(3), {
      phrases: {
        keyPath: 'uid',
        indexes: [
          { name: 'packId', keyPath: 'packId' },
          { name: 'category', keyPath: 'category' },
        ],
        rows: [{ ...ONE_PHRASE, weight: 0.8 }],
      },
      categories: {
        keyPath: 'id',
        indexes: [{ name: 'declaredBy', keyPath: 'declaredBy', multiEntry: true }],
        rows: [{ id: 'brewing', labels: { 'zh-CN': '冲泡方法' }, builtIn: false, declaredBy: ['tea-shop'] }],
      },
      packs: { keyPath: 'id' },
      usage: {
        keyPath: ['phraseUid', 'intent'],
        indexes: [
          { name: 'phraseUid', keyPath: 'phraseUid' },
          { name: 'lastUsedAt', keyPath: 'lastUsedAt' },
        ],
      },
      meta: { keyPath: 'key', rows: [{ key: 'seededAt', value: 1 }, { key: 'somethingNew', value: { a: 1 } }] },
      rules: { keyPath: 'id', rows: [{ id: 'rule-1' }] },
    });

    const db = openTestLibraryDb(name);
    const library = await loadLibrary(db);

    expect(db.backendDB().version).toBe(nativeVersion(3));
    expect(library.phrases).toEqual([ONE_PHRASE]);

    await installPack(db, TEA_SHOP_PACK);
    await recordInsertion(db, 'tea-shop/ship-001', 'shipping');

    expect((await libraryStatus(db)).phraseCount).toBe(TEA_SHOP_PACK.phrases.length);
    expect(Array.from(db.backendDB().objectStoreNames)).toContain('rules');
  });

  it('puts back a table the newer build dropped, without losing the rest', async () => {
    const name = freshLibraryDbName();
    await createRawDatabase(name, nativeVersion(2), {
      phrases: {
        keyPath: 'uid',
        indexes: [
          { name: 'packId', keyPath: 'packId' },
          { name: 'category', keyPath: 'category' },
        ],
        rows: [ONE_PHRASE],
      },
      categories: { keyPath: 'id', indexes: [{ name: 'declaredBy', keyPath: 'declaredBy', multiEntry: true }] },
      packs: { keyPath: 'id' },
      meta: { keyPath: 'key' },
    });

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanups.push(() => warn.mockRestore());

    const db = openTestLibraryDb(name);
    await recordInsertion(db, ONE_PHRASE.uid, 'brewing');

    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Dexie will add missing parts/));
    expect((await loadLibrary(db)).phrases).toEqual([ONE_PHRASE]);
    expect(await usageOfPhrase(db, ONE_PHRASE.uid)).toHaveLength(1);
  });
});

it('LibraryDb declares exactly the tables of the newest frozen schema', () => {
  const db = new LibraryDb(freshLibraryDbName());
  cleanups.push(() => db.close());
  expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(LIBRARY_SCHEMA_V1).sort());
});
