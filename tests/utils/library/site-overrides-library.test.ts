import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupToJson, createBackup, parseBackup, restoreBackup } from '../../../utils/library/backup';
import { exportPack } from '../../../utils/library/export-library';
import { installPack } from '../../../utils/library/install-pack';
import { removePack } from '../../../utils/library/remove-pack';
import { packToJson } from '../../../utils/packs/pack-to-csv';
import { packToXlsx } from '../../../utils/packs/pack-to-xlsx';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { readPackJson } from '../../../utils/packs/read-pack-json';
import { loadMirroredSiteOverrides } from '../../../utils/settings/site-overrides-store';
import { packSchema, type PackInput } from '../../../utils/schemas/pack';
import type { SiteOverride } from '../../../utils/schemas/site-override';
import { addDraftChange, readDraft } from '../../../utils/team-draft/draft-store';
import { publishablePack } from '../../../utils/team-draft/apply-draft';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from './test-packs';

const FIX_PACK = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'packs', 'jd-dongdong-override-pack.json'), 'utf8')) as PackInput;
const JD_LISTS = (packSchema.parse(FIX_PACK).siteOverrides[0] ?? { lists: {} }).lists;

beforeEach(() => fakeBrowser.reset());
afterEach(closeTestLibraryDbs);

describe('overrides travel with their pack', () => {
  it('installing mirrors them to storage.local for chat pages, with the pack; removing the pack takes them away', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK);
    expect(await loadMirroredSiteOverrides()).toEqual([]);

    await installPack(db, FIX_PACK);
    expect(await loadMirroredSiteOverrides()).toEqual([
      { packId: 'jd-fix', packName: '咚咚页面修复', packVersion: '1.0.0', override: { client: 'jd-dongdong', adapterVersion: 1, lists: JD_LISTS } },
    ]);

    await removePack(db, 'jd-fix');
    expect(await loadMirroredSiteOverrides()).toEqual([]);
  });

  it('a damaged mirrored entry is dropped, the others kept', async () => {
    const db = openTestLibraryDb();
    await installPack(db, FIX_PACK);
    const stored = (await fakeBrowser.storage.local.get('siteOverrides'))['siteOverrides'] as unknown[];
    await fakeBrowser.storage.local.set({ siteOverrides: [{ packId: 'x', override: { client: 'feige', lists: 'nope' } }, ...stored] });
    expect((await loadMirroredSiteOverrides()).map((entry) => entry.packId)).toEqual(['jd-fix']);
  });

  it('exports as JSON (format 4) and imports back unchanged; a backup restores them and their mirror', async () => {
    const db = openTestLibraryDb();
    await installPack(db, FIX_PACK);
    const exported = await exportPack(db, 'jd-fix');
    expect(exported.format).toBe(4);
    expect(readPackJson(packToJson(exported)).pack.siteOverrides).toEqual([{ client: 'jd-dongdong', adapterVersion: 1, lists: JD_LISTS }]);

    const backup = backupToJson(await createBackup(db));
    await removePack(db, 'jd-fix');
    await restoreBackup(db, parseBackup(backup));
    expect((await exportPack(db, 'jd-fix')).siteOverrides).toEqual(exported.siteOverrides);
    expect((await loadMirroredSiteOverrides()).map((entry) => entry.packId)).toEqual(['jd-fix']);
    // A backup writes and reads the whole library: more than the default 5 s on a loaded machine.
  }, 30_000);

  it('a spreadsheet does not carry them: the XLSX of a pack with overrides imports with none (JSON keeps them)', async () => {
    const db = openTestLibraryDb();
    const phrases = [{ id: 'hello', category: 'greeting', text: '亲，在的～有什么可以帮您？' }];
    await installPack(db, { ...FIX_PACK, phrases });
    const workbook = packToXlsx(await exportPack(db, 'jd-fix'));
    const parsed = await parseImportFile(workbook, { fileName: 'jd-fix.xlsx', kind: 'xlsx', id: 'jd-fix', version: '1.0.1' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.pack.siteOverrides).toEqual([]);
    expect(parsed.pack.phrases.map((phrase) => phrase.text)).toEqual([phrases[0]?.text]);
  });
});

describe('a lead writes overrides in the team draft', () => {
  it('override-put adds one (raising the pack to format 4) or replaces the client’s; override-delete takes it out; publishing carries them', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK);
    const first: SiteOverride = { client: 'feige', adapterVersion: 1, lists: { message: ['.msgRow'] } };
    const second: SiteOverride = { client: 'feige', adapterVersion: 1, lists: { message: ['.msgRow2'], input: ['textarea.reply'] } };

    let view = await addDraftChange(db, 'tea-shop', { kind: 'override-put', override: first });
    expect(view.draft.format).toBe(4);
    expect(view.draft.siteOverrides).toEqual([first]);
    view = await addDraftChange(db, 'tea-shop', { kind: 'override-put', override: second });
    expect(view.draft.siteOverrides).toEqual([second]);
    expect(publishablePack(view.base, view.changes).siteOverrides).toEqual([second]);

    view = await addDraftChange(db, 'tea-shop', { kind: 'override-delete', client: 'feige' });
    expect(view.draft.siteOverrides).toEqual([]);
    expect((await readDraft(db, 'tea-shop')).changes).toHaveLength(3);
    // The installed pack (and so the agents' pages) is untouched until 发布新版本.
    expect(await loadMirroredSiteOverrides()).toEqual([]);
  });

  it('refuses an override the pack format refuses, and a delete of one the draft does not have, saving nothing', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK);
    await expect(addDraftChange(db, 'tea-shop', { kind: 'override-put', override: { client: 'feige', adapterVersion: 1, lists: { nope: ['.a'] } } })).rejects.toThrow(/没有名为 "nope" 的选择器列表/);
    await expect(addDraftChange(db, 'tea-shop', { kind: 'override-delete', client: 'feige' })).rejects.toThrow(/没有 "feige" 的选择器替换/);
    expect((await readDraft(db, 'tea-shop')).changes).toEqual([]);
  });
});
