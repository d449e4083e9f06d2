import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import { loadLibrary } from '../../../utils/library/load-library';
import { PackValidationError } from '../../../utils/library/pack-validation-error';
import type { PackInput } from '../../../utils/schemas/pack';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { SEASONAL_PACK, TEA_SHOP_PACK, TEA_SHOP_PACK_V2 } from './test-packs';

afterEach(closeTestLibraryDbs);

describe('installing a pack', () => {
  it('adds its phrases, its categories and what we remember about it', async () => {
    const db = openTestLibraryDb();

    const installed = await installPack(db, TEA_SHOP_PACK, 1_700_000_000_000);

    expect(installed).toEqual({
      id: 'tea-shop',
      name: '茶叶店话术',
      version: '1.0.0',
      author: '茶叶店客服主管',
      language: 'zh-CN',
      installedAt: 1_700_000_000_000,
      locked: { phrases: [], rules: [] },
      sites: [],
      siteOverrides: [],
      topics: [],
    });
    const library = await loadLibrary(db);
    expect(library.phrases).toContainEqual({
      uid: 'tea-shop/brew-001',
      packId: 'tea-shop',
      id: 'brew-001',
      text: TEA_SHOP_PACK.phrases[0]?.text,
      category: 'brewing',
      triggers: ['怎么泡', '水温多少'],
      shortcut: 'pf',
      tags: [],
    });
    expect(library.categories).toContainEqual({ id: 'brewing', labels: { 'zh-CN': '冲泡方法', en: 'Brewing' } });
  });

  it('upgrading a pack replaces its phrases: changed ones change, dropped ones go, other packs stay', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK);
    await installPack(db, SEASONAL_PACK);

    await installPack(db, TEA_SHOP_PACK_V2);

    const teaShop = (await loadLibrary(db)).phrases.filter((phrase) => phrase.packId === 'tea-shop');
    expect(teaShop.map((phrase) => phrase.text).sort()).toEqual(TEA_SHOP_PACK_V2.phrases.map((phrase) => phrase.text).sort());
    expect(await libraryStatus(db)).toMatchObject({
      phraseCount: TEA_SHOP_PACK_V2.phrases.length + SEASONAL_PACK.phrases.length,
    });
    expect((await libraryStatus(db)).packs.find((pack) => pack.id === 'tea-shop')?.version).toBe('1.1.0');
  });

  it('refuses a pack that does not fit the format before touching the library, naming each problem', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK);
    const broken = {
      ...TEA_SHOP_PACK_V2,
      phrases: [...TEA_SHOP_PACK_V2.phrases, { id: 'oops', text: '亲，这个分类没有声明', category: 'undeclared' }],
    } satisfies PackInput;

    const attempt = installPack(db, broken);

    await expect(attempt).rejects.toBeInstanceOf(PackValidationError);
    await expect(attempt).rejects.toThrow(/undeclared/);
    expect((await libraryStatus(db)).packs[0]?.version).toBe('1.0.0');
  });
});

describe('all or nothing', () => {
  it('a write that fails halfway leaves the library exactly as it was', async () => {
    const db = openTestLibraryDb();
    await installPack(db, TEA_SHOP_PACK);
    const before = await loadLibrary(db);
    const versionBefore = await db.meta.get('libraryVersion');
    // The storage refuses the second phrase of the upgrade, after the first one was written.
    db.phrases.hook('creating', (_key, phrase) => {
      if (phrase.uid === 'tea-shop/brew-002') throw new Error('QuotaExceededError: the disk is full');
    });

    await expect(installPack(db, TEA_SHOP_PACK_V2)).rejects.toThrow(/disk is full/);

    expect(await loadLibrary(db)).toEqual(before);
    expect((await libraryStatus(db)).packs[0]?.version).toBe('1.0.0');
    expect(await db.meta.get('libraryVersion')).toEqual(versionBefore);
  });

  it('a failed first install leaves no trace of the pack', async () => {
    const db = openTestLibraryDb();
    db.packs.hook('creating', () => {
      throw new Error('the browser aborted the transaction');
    });

    await expect(installPack(db, TEA_SHOP_PACK)).rejects.toThrow(/aborted/);

    expect(await libraryStatus(db)).toMatchObject({ phraseCount: 0, packs: [] });
    expect((await loadLibrary(db)).categories.map((category) => category.id)).not.toContain('brewing');
  });
});
