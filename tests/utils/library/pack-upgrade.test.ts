import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { commitImport, ImportCommitError } from '../../../utils/library/commit-import';
import { listFavourites, setFavourite } from '../../../utils/library/favourites';
import { libraryStatus } from '../../../utils/library/library-status';
import { loadLibrary } from '../../../utils/library/load-library';
import { listPersonalPhrases, savePersonalPhrase } from '../../../utils/library/personal-phrases';
import { clearPhraseOverride, listPhraseOverrides, PhraseEditError, setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { previewImport } from '../../../utils/library/preview-import';
import { recordInsertion, usageOfPhrase } from '../../../utils/library/record-insertion';
import { removePack } from '../../../utils/library/remove-pack';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { importFixture, previewFixture } from './import-file';

afterEach(closeTestLibraryDbs);

const V1 = { version: '1.0.0' };
const V2 = { version: '2.0.0' };
const MY_WORDING = '亲，冷泡超好喝的，放冰箱四小时就行啦～';

/** The tea shop's lead imported version 1; an agent has worked with it for a while. */
async function agentHasWorkedWithVersion1(): Promise<LibraryDb> {
  const db = openTestLibraryDb();
  await importFixture(db, 'tea-shop-v1.xlsx', V1);
  await savePersonalPhrase(db, { id: 'my-001', text: '亲，我是小王，有事随时找我哦～', category: 'greeting', triggers: ['你是谁'] });
  await setPhraseOverride(db, 'tea-shop/brew-002', MY_WORDING, 5);
  await setFavourite(db, 'tea-shop/brew-001', true, 6);
  await recordInsertion(db, 'tea-shop/brew-001', 'product', 7);
  await recordInsertion(db, 'tea-shop/brew-001', 'product', 8);
  return db;
}

const textOf = async (db: LibraryDb, uid: string) => (await loadLibrary(db)).phrases.find((phrase) => phrase.uid === uid)?.text;

describe('an agent’s own wording of a pack phrase', () => {
  it('is what they see and insert, and is listed next to the pack’s wording', async () => {
    const db = await agentHasWorkedWithVersion1();

    expect(await textOf(db, 'tea-shop/brew-002')).toBe(MY_WORDING);
    expect(await listPhraseOverrides(db)).toEqual([
      { uid: 'tea-shop/brew-002', text: MY_WORDING, updatedAt: 5, packText: '亲，冷泡也可以的，放冰箱四个小时左右就能喝啦～' },
    ]);

    await clearPhraseOverride(db, 'tea-shop/brew-002');
    expect(await textOf(db, 'tea-shop/brew-002')).toBe('亲，冷泡也可以的，放冰箱四个小时左右就能喝啦～');
  });

  it('is refused on a phrase the lead locked, saying who locked it', async () => {
    const db = await agentHasWorkedWithVersion1();

    const attempt = setPhraseOverride(db, 'tea-shop/greet-001', '亲，随便说点啥～');

    await expect(attempt).rejects.toBeInstanceOf(PhraseEditError);
    await expect(attempt).rejects.toThrow(/已被主管锁定.*不能修改/);
    expect(await textOf(db, 'tea-shop/greet-001')).toBe('亲，在的～欢迎光临{店铺名}，有什么可以帮您？');
  });

  it('must still be a valid phrase', async () => {
    const db = await agentHasWorkedWithVersion1();

    await expect(setPhraseOverride(db, 'tea-shop/brew-002', '亲，用{红包}付款')).rejects.toThrow(/占位符/);
    await expect(setPhraseOverride(db, 'tea-shop/nope', '亲')).rejects.toThrow(/没有这条话术/);
  });
});

describe('the lead imports version 2 of the spreadsheet', () => {
  it('the preview shows what changes, and that the agent’s edit will be kept as theirs', async () => {
    const db = await agentHasWorkedWithVersion1();

    const { preview } = await previewFixture(db, 'tea-shop-v2.xlsx', V2);

    expect(preview).toMatchObject({ upgrade: 'newer', installed: { version: '1.0.0' }, canCommit: true, refusal: null, unchanged: 7 });
    expect(preview.added.map((phrase) => phrase.id)).toEqual(['brew-003']);
    expect(preview.changed.map((phrase) => phrase.id)).toEqual(['brew-001', 'after-001']);
    expect(preview.removed.map((phrase) => phrase.id)).toEqual(['ship-002']);
    expect(preview.overrides).toEqual({ kept: [{ uid: 'tea-shop/brew-002', text: MY_WORDING }], dropped: [] });
  });

  it('updates the pack in place and keeps the agent’s phrase, edit, favourite and usage counts', async () => {
    const db = await agentHasWorkedWithVersion1();

    await importFixture(db, 'tea-shop-v2.xlsx', V2);

    expect(await textOf(db, 'tea-shop/brew-001')).toBe('亲，绿茶用80度的水，红茶用95度左右的水冲泡口感最好哦～');
    expect(await textOf(db, 'tea-shop/brew-003')).toBe('亲，一克茶叶配50毫升水，浓淡可以按口味调哦～');
    expect(await textOf(db, 'tea-shop/ship-002')).toBeUndefined();
    expect(await textOf(db, 'tea-shop/brew-002')).toBe(MY_WORDING);
    expect((await listPersonalPhrases(db)).map((phrase) => phrase.uid)).toEqual(['personal/my-001']);
    expect((await listFavourites(db)).map((favourite) => favourite.uid)).toEqual(['tea-shop/brew-001']);
    expect(await usageOfPhrase(db, 'tea-shop/brew-001')).toEqual([{ phraseUid: 'tea-shop/brew-001', intent: 'product', count: 2, lastUsedAt: 8 }]);
    expect((await libraryStatus(db)).packs.find((pack) => pack.id === 'tea-shop')).toMatchObject({ version: '2.0.0', source: 'tea-shop-v2.xlsx' });
  });

  it('a phrase the new version locks drops the agent’s edit, and the preview says so first', async () => {
    const db = await agentHasWorkedWithVersion1();
    const { parsed } = await previewFixture(db, 'tea-shop-v2.xlsx', V2);
    const lockingBrew002 = { ...parsed, pack: { ...parsed.pack, locked: { phrases: [...parsed.pack.locked.phrases, 'brew-002'], rules: [] } } };

    const preview = await previewImport(db, lockingBrew002);
    await commitImport(db, lockingBrew002.pack, { expectedLibraryVersion: preview.libraryVersion });

    expect(preview.overrides).toEqual({ kept: [], dropped: [{ uid: 'tea-shop/brew-002', text: MY_WORDING }] });
    expect(await textOf(db, 'tea-shop/brew-002')).toBe('亲，冷泡也可以的，放冰箱四个小时左右就能喝啦～');
    expect(await listPhraseOverrides(db)).toEqual([]);
  });
});

describe('an older version of an installed pack', () => {
  it('is refused with a clear message, in the preview and at commit', async () => {
    const db = await agentHasWorkedWithVersion1();
    await importFixture(db, 'tea-shop-v2.xlsx', V2);

    const { preview } = await previewFixture(db, 'tea-shop-v1.xlsx', V1);
    const commit = importFixture(db, 'tea-shop-v1.xlsx', V1);

    expect(preview).toMatchObject({ upgrade: 'older', canCommit: false, refusal: { code: 'older-version' } });
    expect(preview.refusal?.message).toMatch(/已安装的「tea-shop」是 2\.0\.0 版，这个文件是更旧的 1\.0\.0 版/);
    await expect(commit).rejects.toBeInstanceOf(ImportCommitError);
    expect((await libraryStatus(db)).packs.find((pack) => pack.id === 'tea-shop')?.version).toBe('2.0.0');
  });

  it('goes in when forced', async () => {
    const db = await agentHasWorkedWithVersion1();
    await importFixture(db, 'tea-shop-v2.xlsx', V2);

    await importFixture(db, 'tea-shop-v1.xlsx', { ...V1, force: true });

    expect((await libraryStatus(db)).packs.find((pack) => pack.id === 'tea-shop')?.version).toBe('1.0.0');
    expect(await textOf(db, 'tea-shop/ship-002')).toBeDefined();
  });
});

it('removing the pack removes only its phrases: the agent’s own phrase stays', async () => {
  const db = await agentHasWorkedWithVersion1();

  await removePack(db, 'tea-shop');

  expect((await loadLibrary(db)).phrases.filter((phrase) => phrase.packId !== 'default-zh').map((phrase) => phrase.uid)).toEqual(['personal/my-001']);
});
