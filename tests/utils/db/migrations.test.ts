import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryDb } from '../../../utils/db/library-db';
import { DEFAULT_RULES_PACK_ID } from '../../../utils/db/records';
import { LIBRARY_SCHEMA_V1 } from '../../../utils/db/schema-v1';
import { LIBRARY_SCHEMA_V2 } from '../../../utils/db/schema-v2';
import { LIBRARY_SCHEMA_V3 } from '../../../utils/db/schema-v3';
import { LIBRARY_SCHEMA_V4 } from '../../../utils/db/schema-v4';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import { loadLibrary } from '../../../utils/library/load-library';
import { recordInsertion, usageOfPhrase } from '../../../utils/library/record-insertion';
import { removePack } from '../../../utils/library/remove-pack';
import { activeWordingRules } from '../../../utils/library/risky-wording-rules-store';
import { BUILT_IN_CATEGORY_IDS } from '../../../utils/schemas/category';
import { defaultWordingRuleSet } from '../../../utils/risky-wording/default-rules';
import { TEA_SHOP_PACK } from '../library/test-packs';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from './test-library-db';

/**
 * Migration harness. For every schema version: create the database exactly as that version's
 * frozen schema would (the "old build"), seed it, open it with the current LibraryDb (the "new
 * build"), assert nothing was lost. A version 4 adds a `describe('version 3 → 4')` that seeds
 * with LIBRARY_SCHEMA_V3 and asserts after the upgrade.
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
  it('creates the version 4 tables with their keys and indexes', async () => {
    const db = openTestLibraryDb();
    await db.open();

    expect(db.verno).toBe(4);
    expect(db.backendDB().version).toBe(nativeVersion(4));
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
      rules: {
        keyPath: 'uid',
        indexes: {
          packId: { keyPath: 'packId', multiEntry: false, unique: false },
          category: { keyPath: 'category', multiEntry: false, unique: false },
          status: { keyPath: 'status', multiEntry: false, unique: false },
        },
      },
      phraseOverrides: { keyPath: 'uid', indexes: {} },
      favourites: {
        keyPath: 'uid',
        indexes: { category: { keyPath: 'category', multiEntry: false, unique: false } },
      },
      ruleStats: { keyPath: 'ruleUid', indexes: {} },
      teamDrafts: { keyPath: 'packId', indexes: {} },
      products: {
        keyPath: 'uid',
        indexes: { packId: { keyPath: 'packId', multiEntry: false, unique: false } },
      },
    });
  });

  it('checks drafts against the shipped wording rules from the start', async () => {
    const db = openTestLibraryDb();

    const rules = await activeWordingRules(db);

    expect(rules.map((rule) => rule.id)).toEqual(defaultWordingRuleSet().rules.map((rule) => rule.id).sort());
    expect(rules.every((rule) => rule.packId === DEFAULT_RULES_PACK_ID && rule.status === 'active')).toBe(true);
  });

  it('starts with the eight built-in categories and no phrases', async () => {
    const db = openTestLibraryDb();

    const library = await loadLibrary(db);

    expect(library.phrases).toEqual([]);
    expect(library.categories.map((category) => category.id)).toEqual([...BUILT_IN_CATEGORY_IDS]);
    expect(await db.categories.count()).toBe(BUILT_IN_CATEGORY_IDS.length);
  });
});

/** A library as version 1 left it: a custom pack, its category, usage and every meta flag. */
const V1_ROWS = {
  phrases: [ONE_PHRASE],
  categories: [{ id: 'brewing', labels: { 'zh-CN': '冲泡方法' }, builtIn: false, declaredBy: ['tea-shop'] }],
  packs: [{ id: 'tea-shop', name: '茶叶店话术', version: '1.0.0', author: '主管', language: 'zh-CN', installedAt: 1 }],
  usage: [{ phraseUid: ONE_PHRASE.uid, intent: 'brewing', count: 3, lastUsedAt: 5 }],
  meta: [
    { key: 'seededAt', value: 1 },
    { key: 'defaultPackRemoved', value: true },
    { key: 'libraryVersion', value: 'stamp-from-last-session' },
  ],
};

describe('version 1 → 2 (an agent updates the extension)', () => {
  it('keeps every phrase, pack, category, usage count and flag the version 1 library had', async () => {
    const name = freshLibraryDbName();
    await createAtVersion(name, 1, LIBRARY_SCHEMA_V1, V1_ROWS);

    const db = openTestLibraryDb(name);
    await db.open();

    expect(db.verno).toBe(4);
    expect(await db.phrases.toArray()).toEqual(V1_ROWS.phrases);
    expect(await db.packs.toArray()).toEqual(V1_ROWS.packs);
    expect(await db.usage.toArray()).toEqual(V1_ROWS.usage);
    expect(await db.categories.get('brewing')).toEqual(V1_ROWS.categories[0]);
    expect(await db.meta.bulkGet(['seededAt', 'defaultPackRemoved', 'libraryVersion'])).toEqual(V1_ROWS.meta);

    const library = await loadLibrary(db);
    const status = await libraryStatus(db);
    expect(library.phrases).toEqual([ONE_PHRASE]);
    expect(status).toMatchObject({ phraseCount: 1, defaultPackRemoved: true, packs: [{ id: 'tea-shop' }] });
    expect(await usageOfPhrase(db, ONE_PHRASE.uid)).toEqual(V1_ROWS.usage);
  });

  it('installs the shipped wording rules during the upgrade, and nothing else in the new tables', async () => {
    const name = freshLibraryDbName();
    await createAtVersion(name, 1, LIBRARY_SCHEMA_V1, V1_ROWS);

    const db = openTestLibraryDb(name);
    await db.open();

    expect(await db.rules.count()).toBe(defaultWordingRuleSet().rules.length);
    expect(await db.meta.get('defaultWordingRulesVersion')).toEqual({
      key: 'defaultWordingRulesVersion',
      value: defaultWordingRuleSet().version,
    });
    expect(await db.phraseOverrides.count()).toBe(0);
    expect(await db.favourites.count()).toBe(0);
    expect(await db.ruleStats.count()).toBe(0);
  });
});

describe('version 2 → 3 (a lead updates the extension)', () => {
  it('keeps every row of every version 2 table and starts with no team drafts', async () => {
    const name = freshLibraryDbName();
    const v2Rows = {
      ...V1_ROWS,
      phraseOverrides: [{ uid: ONE_PHRASE.uid, text: '亲，80度水温最合适～', updatedAt: 8 }],
      favourites: [{ uid: ONE_PHRASE.uid, category: 'brewing', pinnedAt: 9 }],
      ruleStats: [{ ruleUid: 'local/flag-0000abcd', sentAnyway: 2, lastAt: 10 }],
    };
    await createAtVersion(name, 2, LIBRARY_SCHEMA_V2, v2Rows);

    const db = openTestLibraryDb(name);
    await db.open();

    expect(db.verno).toBe(4);
    expect(await db.phrases.toArray()).toEqual(v2Rows.phrases);
    expect(await db.packs.toArray()).toEqual(v2Rows.packs);
    expect(await db.usage.toArray()).toEqual(v2Rows.usage);
    expect(await db.phraseOverrides.toArray()).toEqual(v2Rows.phraseOverrides);
    expect(await db.favourites.toArray()).toEqual(v2Rows.favourites);
    expect(await db.ruleStats.toArray()).toEqual(v2Rows.ruleStats);
    expect(await db.meta.bulkGet(['seededAt', 'defaultPackRemoved', 'libraryVersion'])).toEqual(v2Rows.meta);
    expect(await db.teamDrafts.count()).toBe(0);
    expect((await loadLibrary(db)).phrases).toEqual([{ ...ONE_PHRASE, text: '亲，80度水温最合适～' }]);
  });

  it('keeps a team draft written by an earlier session of version 3', async () => {
    const name = freshLibraryDbName();
    const draft = { packId: 'tea-shop', baseVersion: '1.0.0', changes: [{ kind: 'lock', ids: ['brew-001'], locked: true }], updatedAt: 11 };
    await createAtVersion(name, 3, LIBRARY_SCHEMA_V3, { ...V1_ROWS, teamDrafts: [draft] });

    const db = openTestLibraryDb(name);

    expect(await db.teamDrafts.get('tea-shop')).toEqual(draft);
  });
});

describe('version 3 → 4 (products arrive with pack format 3)', () => {
  it('keeps every row of every version 3 table, drafts included, and starts with no products', async () => {
    const name = freshLibraryDbName();
    const draft = { packId: 'tea-shop', baseVersion: '1.0.0', changes: [{ kind: 'lock', ids: ['brew-001'], locked: true }], updatedAt: 11 };
    const v3Rows = {
      ...V1_ROWS,
      phraseOverrides: [{ uid: ONE_PHRASE.uid, text: '亲，80度水温最合适～', updatedAt: 8 }],
      favourites: [{ uid: ONE_PHRASE.uid, category: 'brewing', pinnedAt: 9 }],
      ruleStats: [{ ruleUid: 'local/flag-0000abcd', sentAnyway: 2, lastAt: 10 }],
      teamDrafts: [draft],
    };
    await createAtVersion(name, 3, LIBRARY_SCHEMA_V3, v3Rows);

    const db = openTestLibraryDb(name);
    await db.open();

    expect(db.verno).toBe(4);
    expect(await db.phrases.toArray()).toEqual(v3Rows.phrases);
    expect(await db.packs.toArray()).toEqual(v3Rows.packs);
    expect(await db.usage.toArray()).toEqual(v3Rows.usage);
    expect(await db.phraseOverrides.toArray()).toEqual(v3Rows.phraseOverrides);
    expect(await db.favourites.toArray()).toEqual(v3Rows.favourites);
    expect(await db.ruleStats.toArray()).toEqual(v3Rows.ruleStats);
    expect(await db.teamDrafts.toArray()).toEqual([draft]);
    expect(await db.products.count()).toBe(0);
    const library = await loadLibrary(db);
    expect(library.phrases).toEqual([{ ...ONE_PHRASE, text: '亲，80度水温最合适～' }]);
    expect(library.products).toEqual([]);
  });

  it('keeps the products a version 4 session installed, and a pack removal takes exactly its own', async () => {
    const name = freshLibraryDbName();
    await createAtVersion(name, 4, LIBRARY_SCHEMA_V4, V1_ROWS);
    const db = openTestLibraryDb(name);
    await installPack(db, {
      ...TEA_SHOP_PACK,
      format: 3,
      products: [{ name: '明前龙井 250g', keywords: ['龙井'], facts: { 产地: '杭州西湖区', 保质期: '18个月' } }],
    });

    expect((await loadLibrary(db)).products).toEqual([
      { uid: 'tea-shop/明前龙井 250g', packId: 'tea-shop', name: '明前龙井 250g', keywords: ['龙井'], ids: [], facts: { 产地: '杭州西湖区', 保质期: '18个月' }, skus: [] },
    ]);
    await removePack(db, 'tea-shop');
    expect(await db.products.count()).toBe(0);
  });
});

describe('reopening a version 2 library (what every later version bump must also pass)', () => {
  it('keeps rules, overrides, favourites and send-anyway counts written by the earlier session', async () => {
    const name = freshLibraryDbName();
    const flag = {
      id: 'flag-0000abcd',
      category: 'off-platform',
      severity: 'warn',
      terms: ['加我v'],
      patterns: [],
      exceptions: [],
      sentenceExceptions: [],
      negatable: true,
      reason: { 'zh-CN': '站外引流', en: 'off-platform' },
      alternative: { 'zh-CN': '请换一种说法', en: 'rephrase' },
      uid: 'local/flag-0000abcd',
      packId: 'local',
      status: 'pending-review',
      locked: false,
      createdAt: 7,
    };
    await createAtVersion(name, 2, LIBRARY_SCHEMA_V2, {
      ...V1_ROWS,
      rules: [flag],
      phraseOverrides: [{ uid: ONE_PHRASE.uid, text: '亲，80度水温最合适～', updatedAt: 8 }],
      favourites: [{ uid: ONE_PHRASE.uid, category: 'brewing', pinnedAt: 9 }],
      ruleStats: [{ ruleUid: 'local/flag-0000abcd', sentAnyway: 2, lastAt: 10 }],
    });

    const db = openTestLibraryDb(name);
    const library = await loadLibrary(db);

    expect(library.phrases).toEqual([{ ...ONE_PHRASE, text: '亲，80度水温最合适～' }]);
    expect(await db.rules.get(flag.uid)).toEqual(flag);
    expect(await db.favourites.toArray()).toEqual([{ uid: ONE_PHRASE.uid, category: 'brewing', pinnedAt: 9 }]);
    expect(await db.ruleStats.toArray()).toEqual([{ ruleUid: 'local/flag-0000abcd', sentAnyway: 2, lastAt: 10 }]);
  });
});

/** The stores versions 2 and 3 added, as plain IndexedDB would declare them. */
const V2_ONLY_STORES: Record<string, RawStore> = {
  rules: {
    keyPath: 'uid',
    indexes: [
      { name: 'packId', keyPath: 'packId' },
      { name: 'category', keyPath: 'category' },
      { name: 'status', keyPath: 'status' },
    ],
  },
  phraseOverrides: { keyPath: 'uid' },
  favourites: { keyPath: 'uid', indexes: [{ name: 'category', keyPath: 'category' }] },
  ruleStats: { keyPath: 'ruleUid' },
  teamDrafts: { keyPath: 'packId' },
  products: { keyPath: 'uid', indexes: [{ name: 'packId', keyPath: 'packId' }] },
};

describe('a library written by a newer build than this one (e.g. after a rollback)', () => {
  it('opens at the newer version, reads what it understands and can still write', async () => {
    const name = freshLibraryDbName();
    // A hypothetical version 5 that added a `labels` table and a field on phrases.
    await createRawDatabase(name, nativeVersion(5), {
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
      ...V2_ONLY_STORES,
      labels: { keyPath: 'id', rows: [{ id: 'label-1' }] },
    });

    const db = openTestLibraryDb(name);
    const library = await loadLibrary(db);

    expect(db.backendDB().version).toBe(nativeVersion(5));
    expect(library.phrases).toEqual([ONE_PHRASE]);

    await installPack(db, TEA_SHOP_PACK);
    await recordInsertion(db, 'tea-shop/ship-001', 'shipping');

    expect((await libraryStatus(db)).phraseCount).toBe(TEA_SHOP_PACK.phrases.length);
    expect(Array.from(db.backendDB().objectStoreNames)).toContain('labels');
  });

  it('puts back a table the newer build dropped, without losing the rest', async () => {
    const name = freshLibraryDbName();
    // A hypothetical version 5 that dropped the usage table.
    await createRawDatabase(name, nativeVersion(5), {
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
      ...V2_ONLY_STORES,
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
  expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(LIBRARY_SCHEMA_V4).sort());
});
