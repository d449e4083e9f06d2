import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { backupToJson, createBackup } from '../../../utils/library/backup';
import { commitImport, ImportCommitError } from '../../../utils/library/commit-import';
import { installPack } from '../../../utils/library/install-pack';
import { loadLibrarySnapshot } from '../../../utils/library/load-library';
import { previewImport } from '../../../utils/library/preview-import';
import { setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { seedDefaultPackOnFirstInstall } from '../../../utils/library/seed-default-pack';
import { readPackJson } from '../../../utils/packs/read-pack-json';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { fixtureBytes } from '../packs/pack-fixtures';
import { importFixture, previewFixture } from './import-file';
import { SEASONAL_PACK } from './test-packs';

afterEach(closeTestLibraryDbs);

/** The whole library as a backup would write it, minus the time of writing. */
async function everything(db: LibraryDb): Promise<string> {
  return backupToJson({ ...(await createBackup(db)), exportedAt: 0 });
}

async function agentLibrary(): Promise<LibraryDb> {
  const db = openTestLibraryDb();
  await seedDefaultPackOnFirstInstall(db);
  await importFixture(db, 'tea-shop-v1.xlsx', { version: '1.0.0' });
  await setPhraseOverride(db, 'tea-shop/brew-002', '亲，冷泡也行哦～');
  return db;
}

describe('confirming an import is all or nothing', () => {
  it('the preview writes nothing', async () => {
    const db = await agentLibrary();
    const before = await everything(db);

    await previewFixture(db, 'tea-shop-v2.xlsx', { version: '2.0.0' });

    expect(await everything(db)).toBe(before);
  });

  it('a write that fails halfway leaves the library exactly as it was', async () => {
    const db = await agentLibrary();
    const { parsed, preview } = await previewFixture(db, 'tea-shop-v2.xlsx', { version: '2.0.0' });
    const before = await everything(db);
    db.phrases.hook('creating', (_key, phrase) => {
      if (phrase.uid === 'tea-shop/brew-003') throw new Error('QuotaExceededError: the disk is full');
    });

    await expect(commitImport(db, parsed.pack, { expectedLibraryVersion: preview.libraryVersion })).rejects.toThrow(/disk is full/);

    expect(await everything(db)).toBe(before);
  });

  it('stopping the worker mid-import (the transaction is aborted) leaves the library exactly as it was', async () => {
    const db = await agentLibrary();
    const { parsed, preview } = await previewFixture(db, 'tea-shop-v2.xlsx', { version: '2.0.0' });
    const before = await everything(db);
    let written = 0;
    db.phrases.hook('creating', () => {
      written += 1;
      // What Chrome does to a stopped service worker's open transaction.
      if (written === 4) Dexie.currentTransaction?.abort();
    });

    await expect(commitImport(db, parsed.pack, { expectedLibraryVersion: preview.libraryVersion })).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|InvalidStateError/) });

    expect(written).toBeGreaterThanOrEqual(4);
    expect(await everything(db)).toBe(before);
  });

  it('is refused when the library changed after the preview (e.g. in another window)', async () => {
    const db = await agentLibrary();
    const { parsed, preview } = await previewFixture(db, 'tea-shop-v2.xlsx', { version: '2.0.0' });
    await installPack(db, SEASONAL_PACK);
    const before = await everything(db);

    const attempt = commitImport(db, parsed.pack, { expectedLibraryVersion: preview.libraryVersion });

    await expect(attempt).rejects.toBeInstanceOf(ImportCommitError);
    await expect(attempt).rejects.toMatchObject({ code: 'library-changed' });
    expect(await everything(db)).toBe(before);
  });
});

describe('pack ids the library keeps for itself', () => {
  it('a pack called "personal" is refused: it would replace the agents’ own phrases', async () => {
    const db = await agentLibrary();
    const pack = { ...readPackJson(new TextDecoder().decode(fixtureBytes('tea-shop.json'))).pack, id: 'personal' };

    const preview = await previewImport(db, { pack, invalid: [], notices: [] });

    expect(preview.refusal).toMatchObject({ code: 'reserved-id', message: expect.stringMatching(/是保留的/) });
    await expect(commitImport(db, pack, { expectedLibraryVersion: preview.libraryVersion })).rejects.toMatchObject({ code: 'reserved-id' });
  });
});

describe('risky wording in an imported pack', () => {
  it('is listed in the preview, and a phrase the rules block is installed but never suggested', async () => {
    const db = await agentLibrary();
    const base = readPackJson(new TextDecoder().decode(fixtureBytes('tea-shop.json'))).pack;
    const pack = {
      ...base,
      phrases: [
        ...base.phrases,
        { id: 'wx-001', text: '亲，加我微信发您优惠券哦', category: 'after-sales', triggers: [], tags: [] },
        { id: 'cure-001', text: '亲，这款茶能降三高哦', category: 'product', triggers: [], tags: [] },
      ],
    };

    const preview = await previewImport(db, { pack, invalid: [], notices: [] });
    await commitImport(db, pack, { expectedLibraryVersion: preview.libraryVersion });
    const snapshot = await loadLibrarySnapshot(db);

    expect(preview.risky).toEqual([
      expect.objectContaining({ id: 'wx-001', blocked: true, findings: [expect.objectContaining({ severity: 'block', category: 'off-platform' })] }),
      expect.objectContaining({ id: 'cure-001', blocked: false, findings: [expect.objectContaining({ ruleId: 'tea-cure-claims', severity: 'warn' })] }),
    ]);
    expect(snapshot.library.phrases.map((phrase) => phrase.uid)).not.toContain('tea-shop/wx-001');
    expect(snapshot.library.phrases.map((phrase) => phrase.uid)).toContain('tea-shop/cure-001');
    expect(snapshot.blocked.map((phrase) => phrase.uid)).toEqual(['tea-shop/wx-001']);
  });
});

it('a first import of a sheet whose name differs from an installed pack hints at the upgrade the lead may have meant', async () => {
  const db = await agentLibrary();

  const { preview } = await previewFixture(db, 'tea-shop-v2.xlsx', { id: 'tea-shop-copy', version: '2.0.0' });

  expect(preview).toMatchObject({ upgrade: 'new', possibleUpgradeOf: ['tea-shop'] });
});
