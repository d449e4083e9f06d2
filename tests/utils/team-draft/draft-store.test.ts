import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import { callBackground } from '../../../utils/messaging/background-client';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import { savePersonalPhrase } from '../../../utils/library/personal-phrases';
import { setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { readInstalledPack } from '../../../utils/library/read-installed-pack';
import { recordInsertion, usageOfPhrase } from '../../../utils/library/record-insertion';
import type { DraftChange } from '../../../utils/schemas/team-draft';
import { addDraftChange, discardDraft, draftCounts, readDraft, undoDraftChange } from '../../../utils/team-draft/draft-store';
import { publishDraft } from '../../../utils/team-draft/publish-draft';
import { serveLibraryRequests, type LibraryService } from '../../../utils/worker/serve-library-requests';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';
import { PRODUCT_PACK, TEAM_PACK } from './draft-pack';
import { packSchema } from '../../../utils/schemas/pack';

let dbName: string;
let service: LibraryService;

beforeEach(async () => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
  dbName = freshLibraryDbName();
  // The worker's database, and (below) the options page's own connection to the same one.
  service = serveLibraryRequests(openTestLibraryDb(dbName));
  await installPack(openTestLibraryDb(dbName), TEAM_PACK);
});
afterEach(() => {
  service.stop();
  backgroundMessenger.removeAllListeners();
  closeTestLibraryDbs();
});

const MOVE_THREE: DraftChange = { kind: 'move', ids: ['refund-001', 'refund-002', 'refund-003'], category: 'after-sales', topic: 'after-sales.slow-refund' };

describe('the draft is kept in IndexedDB, apart from the installed pack', () => {
  it('records changes that survive reopening the database, and leaves the installed pack alone', async () => {
    const db = openTestLibraryDb(dbName);
    await addDraftChange(db, 'team-shop', MOVE_THREE, 1000);
    await addDraftChange(db, 'team-shop', { kind: 'lock', ids: ['refund-001'], locked: true }, 2000);

    closeTestLibraryDbs();
    const reopened = openTestLibraryDb(dbName);
    const view = await readDraft(reopened, 'team-shop');
    const installed = await readInstalledPack(reopened, 'team-shop');

    expect(view.changes).toHaveLength(2);
    expect(view.draft.phrases.filter((phrase) => phrase.topic === 'after-sales.slow-refund')).toHaveLength(3);
    expect(view.draft.locked.phrases).toEqual(['refund-001', 'greet-001']);
    expect(installed?.pack.phrases.map((phrase) => phrase.topic)).toEqual(TEAM_PACK.phrases.map((phrase) => phrase.topic));
    expect(installed?.pack.locked.phrases).toEqual(['greet-001']);
    expect(await draftCounts(reopened)).toEqual(new Map([['team-shop', 2]]));
  });

  it('refuses a change that would not import and saves nothing', async () => {
    const db = openTestLibraryDb(dbName);
    await addDraftChange(db, 'team-shop', { kind: 'delete', ids: ['refund-003'] });

    await expect(addDraftChange(db, 'team-shop', { kind: 'edit', id: 'refund-001', text: '   ' })).rejects.toThrow(/话术内容不能为空/);
    await expect(addDraftChange(db, 'team-shop', { kind: 'move', ids: ['refund-001'], category: 'after-sales', topic: 'after-sales.nowhere' })).rejects.toThrow(
      /既不是内置子类/,
    );
    await expect(addDraftChange(db, 'team-shop', { kind: 'lock', ids: ['refund-003'], locked: true })).rejects.toThrow(/没有话术 "refund-003"/);

    expect((await readDraft(db, 'team-shop')).changes).toEqual([{ kind: 'delete', ids: ['refund-003'] }]);
  });

  it('undoes the last change (a deletion comes back), and 放弃草稿 returns to the installed pack', async () => {
    const db = openTestLibraryDb(dbName);
    await addDraftChange(db, 'team-shop', MOVE_THREE);
    await addDraftChange(db, 'team-shop', { kind: 'delete', ids: ['refund-002'] });
    expect((await readDraft(db, 'team-shop')).draft.phrases).toHaveLength(3);

    const undone = await undoDraftChange(db, 'team-shop');
    expect(undone.draft.phrases.map((phrase) => phrase.id)).toContain('refund-002');
    expect(undone.changes).toEqual([MOVE_THREE]);

    await discardDraft(db, 'team-shop');
    expect(await readDraft(db, 'team-shop')).toMatchObject({ changes: [], draft: { ...TEAM_PACK, format: 4, products: [], siteOverrides: [] } });
    expect(await draftCounts(db)).toEqual(new Map());
  });

  it('says so when the installed pack no longer has a phrase the draft changed, and 放弃草稿 recovers', async () => {
    const db = openTestLibraryDb(dbName);
    await addDraftChange(db, 'team-shop', { kind: 'lock', ids: ['refund-003'], locked: true });
    // e.g. a subscription update that dropped the phrase
    await installPack(db, { ...TEAM_PACK, version: '1.1.0', phrases: TEAM_PACK.phrases.filter((phrase) => phrase.id !== 'refund-003') });

    await expect(readDraft(db, 'team-shop')).rejects.toThrow(/没有话术 "refund-003"/);
    await discardDraft(db, 'team-shop');
    expect((await readDraft(db, 'team-shop')).base.version).toBe('1.1.0');
  });

  it('refuses a draft of a pack that is not installed', async () => {
    await expect(addDraftChange(openTestLibraryDb(dbName), 'not-here', MOVE_THREE)).rejects.toThrow(/没有安装话术包 "not-here"/);
  });
});

describe('发布新版本', () => {
  it('installs version n+1 through previewImport and commitImport, keeping agents’ phrases, edits and usage', async () => {
    const db = openTestLibraryDb(dbName);
    const own = await savePersonalPhrase(db, { text: '亲，我们家的茶都是当季新茶哦～', category: 'product' });
    await recordInsertion(db, own.uid, 'product');
    await recordInsertion(db, own.uid, 'product');
    await recordInsertion(db, 'team-shop/refund-002', 'after-sales');
    await setPhraseOverride(db, 'team-shop/refund-003', '亲，支付宝的退款一般当天到账～');
    await addDraftChange(db, 'team-shop', MOVE_THREE);
    await addDraftChange(db, 'team-shop', { kind: 'edit', id: 'refund-002', text: '亲，退款已提交，请留意到账通知～' });

    const published = await publishDraft(callBackground, db, 'team-shop');
    const status = await libraryStatus(db);
    const installed = await readInstalledPack(db, 'team-shop');

    expect(published.version).toBe('1.0.1');
    expect(status.packs.find((pack) => pack.id === 'team-shop')?.version).toBe('1.0.1');
    expect(installed?.pack.phrases.filter((phrase) => phrase.topic === 'after-sales.slow-refund').map((phrase) => phrase.id)).toEqual([
      'refund-001',
      'refund-002',
      'refund-003',
    ]);
    expect(installed?.pack.phrases.find((phrase) => phrase.id === 'refund-002')?.text).toBe('亲，退款已提交，请留意到账通知～');
    expect(await db.phrases.get(own.uid)).toMatchObject({ text: '亲，我们家的茶都是当季新茶哦～' });
    expect((await usageOfPhrase(db, own.uid))[0]?.count).toBe(2);
    expect((await usageOfPhrase(db, 'team-shop/refund-002'))[0]?.count).toBe(1);
    expect(await db.phraseOverrides.get('team-shop/refund-003')).toMatchObject({ text: '亲，支付宝的退款一般当天到账～' });
    expect((await readDraft(db, 'team-shop')).changes).toEqual([]);
  });

  it('publishes products with the rest: an edited fact, a new SKU, a renamed product and its scoped phrases reach the installed pack', async () => {
    const db = openTestLibraryDb(dbName);
    await installPack(db, PRODUCT_PACK);
    const cup = PRODUCT_PACK.products[0]!;
    await addDraftChange(db, 'team-goods', {
      kind: 'product-put',
      name: '儿童保温杯',
      product: { ...cup, facts: { ...cup.facts, 保修: '整机保修两年' }, skus: [...cup.skus, { name: '蓝色 400ml', facts: { 颜色: '蓝色' } }] },
    });
    await addDraftChange(db, 'team-goods', { kind: 'product-put', name: '电热水壶', product: { ...PRODUCT_PACK.products[1]!, name: '电热水壶 1.5L' } });
    await expect(addDraftChange(db, 'team-goods', { kind: 'product-delete', names: ['儿童保温杯'] })).rejects.toThrow(/只适用于要删除的商品/);
    expect((await readDraft(db, 'team-goods')).changes).toHaveLength(2);
    // Undo of a product change, then the same change again.
    expect((await undoDraftChange(db, 'team-goods')).draft.products.map((product) => product.name)).toEqual(['儿童保温杯', '电热水壶']);
    await addDraftChange(db, 'team-goods', { kind: 'product-put', name: '电热水壶', product: { ...PRODUCT_PACK.products[1]!, name: '电热水壶 1.5L' } });

    expect((await readInstalledPack(db, 'team-goods'))?.pack.products).toEqual(PRODUCT_PACK.products);
    await publishDraft(callBackground, db, 'team-goods');
    const installed = (await readInstalledPack(db, 'team-goods'))?.pack;

    expect(installed?.version).toBe('1.0.1');
    expect(installed?.products.map((product) => product.name)).toEqual(['儿童保温杯', '电热水壶 1.5L']);
    expect(installed?.products[0]?.facts['保修']).toBe('整机保修两年');
    expect(installed?.products[0]?.skus).toEqual([
      { name: '粉色 600ml', facts: { 容量: '600ml' } },
      { name: '蓝色 400ml', facts: { 颜色: '蓝色' } },
    ]);
    expect(installed?.phrases.find((phrase) => phrase.id === 'material')?.products).toEqual(['儿童保温杯', '电热水壶 1.5L']);
  });

  it('carries the pack’s products and scoped phrases through publishing unchanged', async () => {
    const db = openTestLibraryDb(dbName);
    const cups = packSchema.parse({
      format: 3,
      id: 'cup-shop',
      name: '杯子店',
      version: '1.0.0',
      author: '主管',
      phrases: [
        { id: 'warranty', category: 'product', text: '亲，{商品.名称}保修{商品.保修}', triggers: ['保修多久'], products: ['保温杯'] },
        { id: 'checking', category: 'product', text: '亲，我帮您确认一下～', holding: true },
      ],
      products: [
        { name: '保温杯', keywords: ['杯'], ids: [{ platform: 'pdd', itemId: '6524871930' }], facts: { 保修: '一年', 材质: '316' }, skus: [{ name: '黑', facts: { 颜色: '黑' } }] },
        { name: '餐盘', facts: { 材质: '硅胶' } },
      ],
    });
    await installPack(db, cups);
    await addDraftChange(db, 'cup-shop', { kind: 'edit', id: 'checking', text: '亲，稍等，我马上帮您确认～' });

    await publishDraft(callBackground, db, 'cup-shop');
    const installed = await readInstalledPack(db, 'cup-shop');

    expect(installed?.record?.version).toBe('1.0.1');
    expect(installed?.pack.products).toEqual(cups.products);
    expect(installed?.pack.phrases.map((phrase) => [phrase.id, phrase.products, phrase.holding])).toEqual([
      ['warranty', ['保温杯'], undefined],
      ['checking', undefined, true],
    ]);
  });

  it('refuses to publish a draft without changes', async () => {
    await expect(publishDraft(callBackground, openTestLibraryDb(dbName), 'team-shop')).rejects.toThrow(/没有修改/);
  });
});
