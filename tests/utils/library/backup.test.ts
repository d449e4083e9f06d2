import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { backupToJson, BackupError, createBackup, parseBackup, restoreBackup } from '../../../utils/library/backup';
import { setFavourite } from '../../../utils/library/favourites';
import { savePersonalPhrase } from '../../../utils/library/personal-phrases';
import { setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { recordInsertion } from '../../../utils/library/record-insertion';
import { removePack } from '../../../utils/library/remove-pack';
import { addDraftChange, readDraft } from '../../../utils/team-draft/draft-store';
import { seedDefaultPackOnFirstInstall } from '../../../utils/library/seed-default-pack';
import { activeWordingRules, addFlaggedRule, recordSentAnyway } from '../../../utils/library/risky-wording-rules-store';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { importFixture } from './import-file';
import { commitImport } from '../../../utils/library/commit-import';
import { previewImport } from '../../../utils/library/preview-import';
import { readInstalledPack } from '../../../utils/library/read-installed-pack';
import { packSchema } from '../../../utils/schemas/pack';
import { addSuggestionCounts, loadSuggestionCounts, replaceSuggestionCounts } from '../../../utils/settings/suggestion-counts-store';

afterEach(closeTestLibraryDbs);

/** Everything an agent's browser holds after a few weeks: packs, own phrases and edits, counts, flags. */
async function livedInLibrary(): Promise<LibraryDb> {
  const db = openTestLibraryDb();
  await seedDefaultPackOnFirstInstall(db, 1);
  await importFixture(db, 'tea-shop-v1.xlsx', { version: '1.0.0' });
  await savePersonalPhrase(db, { id: 'my-001', text: '亲，我是小王～', category: 'greeting' });
  await setPhraseOverride(db, 'tea-shop/brew-002', '亲，冷泡也行哦～', 3);
  await setFavourite(db, 'tea-shop/brew-001', true, 4);
  await recordInsertion(db, 'tea-shop/brew-001', 'product', 5);
  const flag = await addFlaggedRule(db, { term: '老地方聊', reason: '私下联系', category: 'off-platform' }, 6);
  await recordSentAnyway(db, flag.uid, 7);
  const [shipped] = await activeWordingRules(db);
  if (shipped) await recordSentAnyway(db, shipped.uid, 8);
  await removePack(db, 'default-zh');
  await addDraftChange(db, 'tea-shop', { kind: 'lock', ids: ['brew-001'], locked: true }, 9);
  return db;
}

describe('a full backup', () => {
  it('backup → wipe → restore → backup gives the same file, apart from when it was written', async () => {
    const db = await livedInLibrary();
    const before = backupToJson(await createBackup(db, 100));

    await Promise.all(db.tables.map((table) => table.clear()));
    await restoreBackup(db, parseBackup(before));
    const after = backupToJson(await createBackup(db, 200));

    expect(after.replace('"exportedAt":200', '"exportedAt":100')).toBe(before);
    expect(JSON.parse(before).tables.phrases.length).toBeGreaterThan(10);
  });

  it('carries how often each phrase was suggested, and a restore puts exactly the backup’s counts back', async () => {
    const db = await livedInLibrary();
    await replaceSuggestionCounts([]);
    await addSuggestionCounts(['tea-shop/brew-001', 'tea-shop/brew-002'], 10);
    await addSuggestionCounts(['tea-shop/brew-001'], 11);
    const backup = await createBackup(db, 100);
    expect(backup.suggestionCounts).toEqual([
      { phraseUid: 'tea-shop/brew-001', count: 2, lastAt: 11 },
      { phraseUid: 'tea-shop/brew-002', count: 1, lastAt: 10 },
    ]);

    await addSuggestionCounts(['tea-shop/brew-003'], 12);
    await restoreBackup(db, parseBackup(backupToJson(backup)));
    expect(await loadSuggestionCounts()).toEqual(backup.suggestionCounts);

    // A backup written before the counts were carried has none: the restore leaves none.
    const older = JSON.parse(backupToJson(backup)) as Record<string, unknown>;
    delete older.suggestionCounts;
    await restoreBackup(db, parseBackup(JSON.stringify(older)));
    expect(await loadSuggestionCounts()).toEqual([]);
  });

  it('keeps a lead’s unpublished team-pack draft, and restores a backup written before drafts existed', async () => {
    const db = await livedInLibrary();
    const backup = await createBackup(db, 100);
    expect(backup.tables.teamDrafts.map((draft) => draft.packId)).toEqual(['tea-shop']);

    await restoreBackup(db, parseBackup(backupToJson(backup)));
    expect((await readDraft(db, 'tea-shop')).changes).toHaveLength(1);

    const older = JSON.parse(backupToJson(backup)) as { tables: Record<string, unknown> };
    delete older.tables.teamDrafts;
    await restoreBackup(db, parseBackup(JSON.stringify(older)));
    expect((await readDraft(db, 'tea-shop')).changes).toHaveLength(0);
    expect(await db.phrases.count()).toBe(backup.tables.phrases.length);
  });

  it('keeps a pack’s products, and restores a backup written before products existed', async () => {
    const db = await livedInLibrary();
    const pack = packSchema.parse({
      format: 3,
      id: 'cups',
      name: '杯子店',
      version: '1.0.0',
      author: '主管',
      phrases: [{ id: 'warranty', category: 'product', text: '保修{商品.保修}', products: ['保温杯'] }],
      products: [{ name: '保温杯', ids: [{ platform: 'pdd', itemId: '1' }], facts: { 保修: '一年' }, skus: [{ name: '黑', facts: { 颜色: '黑' } }] }, { name: '餐盘' }],
    });
    const preview = await previewImport(db, { pack, invalid: [], notices: [] });
    await commitImport(db, pack, { expectedLibraryVersion: preview.libraryVersion });
    const backup = await createBackup(db, 100);
    expect(backup.tables.products.map((product) => product.uid)).toEqual(['cups/保温杯', 'cups/餐盘']);

    await Promise.all(db.tables.map((table) => table.clear()));
    await restoreBackup(db, parseBackup(backupToJson(backup)));
    expect((await readInstalledPack(db, 'cups'))?.pack.products).toEqual(pack.products);

    const older = JSON.parse(backupToJson(backup)) as { tables: Record<string, unknown> };
    delete older.tables.products;
    await restoreBackup(db, parseBackup(JSON.stringify(older)));
    expect(await db.products.count()).toBe(0);
    expect(await db.phrases.count()).toBe(backup.tables.phrases.length);
  });

  it('restores onto another browser’s library, replacing what was there', async () => {
    const db = await livedInLibrary();
    const backup = await createBackup(db, 100);
    const other = openTestLibraryDb();
    await seedDefaultPackOnFirstInstall(other);

    await restoreBackup(other, backup);

    expect(backupToJson(await createBackup(other, 100))).toBe(backupToJson(backup));
  });

  it('holds no version stamp: a restored library gets a new one, so every open index rebuilds', async () => {
    const db = await livedInLibrary();
    const stamp = (await db.meta.get('libraryVersion'))?.value;
    const backup = await createBackup(db);

    await restoreBackup(db, backup);

    expect(backup.tables.meta.map((row) => row.key)).not.toContain('libraryVersion');
    expect((await db.meta.get('libraryVersion'))?.value).not.toBe(stamp);
  });
});

describe('a backup that cannot be restored', () => {
  it('is refused before anything changes: not JSON, not a backup, or with a damaged row', async () => {
    const db = await livedInLibrary();
    const before = backupToJson(await createBackup(db, 0));
    const good = JSON.parse(before) as { tables: { phrases: { text: string }[] } };
    const damaged = structuredClone(good);
    damaged.tables.phrases[0]!.text = '';

    expect(() => parseBackup('{"kind":')).toThrow(BackupError);
    expect(() => parseBackup('{"kind":"something-else","format":1}')).toThrow(/不是话术助手的备份文件/);
    expect(() => parseBackup(JSON.stringify(damaged))).toThrow(/tables\.phrases\.0\.text/);
    expect(backupToJson(await createBackup(db, 0))).toBe(before);
  });

  it('with the same phrase twice is refused, naming it', () => {
    const backup = { kind: 'huashu-backup', format: 1, exportedAt: 0, tables: emptyTables() };
    const phrase = { uid: 'a/b', packId: 'a', id: 'b', text: '亲', category: 'greeting', triggers: [], tags: [] };
    backup.tables.phrases = [phrase, phrase];

    expect(() => parseBackup(JSON.stringify(backup))).toThrow(/"a\/b" 在 phrases 里出现了两次/);
  });

  it('stopping the worker midway leaves the library as it was', async () => {
    const db = await livedInLibrary();
    const backup = await createBackup(db, 0);
    const before = backupToJson(backup);
    db.phrases.hook('creating', () => {
      Dexie.currentTransaction?.abort();
    });

    await expect(restoreBackup(db, backup)).rejects.toThrow();

    expect(backupToJson(await createBackup(db, 0))).toBe(before);
  });
});

function emptyTables(): Record<string, unknown[]> {
  return { phrases: [], categories: [], packs: [], usage: [], rules: [], phraseOverrides: [], favourites: [], ruleStats: [], meta: [] };
}
