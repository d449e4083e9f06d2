import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { installPack } from '../../../utils/library/install-pack';
import { usageOfPhrase } from '../../../utils/library/record-insertion';
import { serveLibraryRequests, type LibraryService } from '../../../utils/worker/serve-library-requests';
import { callBackground } from '../../../utils/messaging/background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import { defaultPack } from '../../../utils/packs/default-pack';
import { DEFAULT_PACK_ID } from '../../../utils/packs/default-pack-version';
import type { ThreadInput } from '../../../utils/schemas/thread';
import { saveSettings } from '../../../utils/settings/settings-store';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from '../library/test-packs';
import { packSchema } from '../../../utils/schemas/pack';
import shopPackJson from '../../fixtures/eval/products/shop-pack.json';

let dbName: string;
let service: LibraryService;

beforeEach(() => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
  dbName = freshLibraryDbName();
});
afterEach(() => {
  service?.stop();
  backgroundMessenger.removeAllListeners();
  closeTestLibraryDbs();
  vi.restoreAllMocks();
});

const askingHowToBrew: ThreadInput = {
  messages: [
    { role: 'buyer', text: '你好，我刚买了你家的绿茶' },
    { role: 'agent', text: '亲，在的～' },
    { role: 'buyer', text: '这个茶怎么泡啊' },
  ],
};

/** A library holding only the tea shop's pack: the lead removed the default and imported their own. */
async function teaShopOnly(): Promise<void> {
  await callBackground('removePack', { packId: DEFAULT_PACK_ID });
  await installPack(openTestLibraryDb(dbName), TEA_SHOP_PACK);
}

describe('an agent in a chat', () => {
  it('gets suggestions for the buyer’s latest message from the library', async () => {
    service = serveLibraryRequests(openTestLibraryDb(dbName), { suggestionCount: async () => 5 });
    await teaShopOnly();

    const result = await callBackground('suggest', { thread: askingHowToBrew });

    expect(result.buyerTurn).toBe('这个茶怎么泡啊');
    expect(result.suggestions[0]).toMatchObject({ phraseUid: 'tea-shop/brew-001', category: 'brewing' });
  });

  it('gets as many suggestions as the agent’s setting says, unless the request names a limit', async () => {
    service = serveLibraryRequests(openTestLibraryDb(dbName));
    await saveSettings({ suggestionCount: 1 });
    const generalQuestion: ThreadInput = { messages: [{ role: 'buyer', text: '在吗？什么时候发货，能便宜点吗，有发票吗' }] };

    const bySetting = await callBackground('suggest', { thread: generalQuestion });
    const byRequest = await callBackground('suggest', { thread: generalQuestion, limit: 3 });

    expect(bySetting.suggestions).toHaveLength(1);
    expect(byRequest.suggestions.length).toBeGreaterThan(1);
    expect(byRequest.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('finds phrases by shortcut code or words when searching the library', async () => {
    service = serveLibraryRequests(openTestLibraryDb(dbName));
    await teaShopOnly();

    const byShortcut = await callBackground('searchPhrases', { query: 'pf' });

    expect(byShortcut[0]?.uid).toBe('tea-shop/brew-001');
  });

  it('counts an insertion without sending any chat text', async () => {
    const db = openTestLibraryDb(dbName);
    service = serveLibraryRequests(db);

    expect(await callBackground('recordInsertion', { phraseUid: 'tea-shop/brew-001', intent: 'brewing' })).toEqual({ ok: true });
    expect(await usageOfPhrase(db, 'tea-shop/brew-001')).toMatchObject([{ intent: 'brewing', count: 1 }]);
  });
});

describe('the library behind it', () => {
  it('is seeded on the first request when the install event was missed', async () => {
    service = serveLibraryRequests(openTestLibraryDb(dbName));

    const status = await callBackground('getLibraryStatus');

    expect(status).toMatchObject({ phraseCount: defaultPack().phrases.length, defaultPackRemoved: false });
    expect(status.packs.map((pack) => pack.id)).toEqual([DEFAULT_PACK_ID]);
  });

  it('gives a chat page the library’s categories for the bar’s labels, the same ones the popup’s status lists', async () => {
    service = serveLibraryRequests(openTestLibraryDb(dbName));

    const categories = await callBackground('getCategories');

    expect(categories.map((category) => category.id)).toContain('greeting');
    expect(categories).toEqual((await callBackground('getLibraryStatus')).categories);
  });

  it('stays empty after the lead removes the default pack — also after a worker restart — until 恢复默认', async () => {
    service = serveLibraryRequests(openTestLibraryDb(dbName));
    expect(await callBackground('removePack', { packId: DEFAULT_PACK_ID })).toMatchObject({ phraseCount: 0, defaultPackRemoved: true });

    // The worker is stopped and a message wakes a fresh one.
    service.stop();
    closeTestLibraryDbs();
    service = serveLibraryRequests(openTestLibraryDb(dbName));

    expect(await callBackground('getLibraryStatus')).toMatchObject({ phraseCount: 0, packs: [], defaultPackRemoved: true });
    expect((await callBackground('suggest', { thread: askingHowToBrew })).suggestions).toEqual([]);
    expect(await callBackground('restoreDefaultPack')).toMatchObject({
      phraseCount: defaultPack().phrases.length,
      defaultPackRemoved: false,
    });
    expect((await callBackground('suggest', { thread: askingHowToBrew })).suggestions.length).toBeGreaterThan(0);
  });

  it('notices packs the options page installs, and rebuilds the index only then', async () => {
    const build = vi.fn(buildLibraryIndex);
    service = serveLibraryRequests(openTestLibraryDb(dbName), { buildIndex: build });
    await callBackground('searchPhrases', { query: '冷泡' });
    await callBackground('searchPhrases', { query: '发货' });
    expect(build).toHaveBeenCalledTimes(1);

    await installPack(openTestLibraryDb(dbName), { ...TEA_SHOP_PACK, phrases: [...TEA_SHOP_PACK.phrases, { id: 'cold-001', text: '亲，这款茶冷泡也很好喝哦～', category: 'brewing', triggers: ['能冷泡吗'] }] });
    const found = await callBackground('searchPhrases', { query: '冷泡' });

    expect(found.map((phrase) => phrase.uid)).toContain('tea-shop/cold-001');
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('removing one pack leaves the others', async () => {
    service = serveLibraryRequests(openTestLibraryDb(dbName));
    await callBackground('getLibraryStatus');
    await installPack(openTestLibraryDb(dbName), TEA_SHOP_PACK);

    const status = await callBackground('removePack', { packId: TEA_SHOP_PACK.id });

    expect(status).toMatchObject({ phraseCount: defaultPack().phrases.length, packs: [{ id: DEFAULT_PACK_ID }] });
  });

  it('refuses malformed requests before touching the library', async () => {
    const db = openTestLibraryDb(dbName);
    service = serveLibraryRequests(db);
    const send = backgroundMessenger.sendMessage as (type: string, data: unknown) => Promise<unknown>;

    await expect(send('removePack', { packId: '' })).rejects.toThrow(/background request "removePack" was refused/);
    await expect(send('suggest', { thread: { messages: 'hi' } })).rejects.toThrow(/thread\.messages/);
    expect(await db.meta.get('seededAt')).toBeUndefined();
  });
});

describe('an agent in a chat about one of the shop\'s products', () => {
  it('gets the product\'s own answer with its facts written in, and the recognised product with them', async () => {
    const shop = packSchema.parse(shopPackJson);
    service = serveLibraryRequests(openTestLibraryDb(dbName), { suggestionCount: async () => 5 });
    await service.ensureSeeded();
    await installPack(openTestLibraryDb(dbName), shop);

    const aboutTheCup: ThreadInput = { site: 'pinduoduo', messages: [{ role: 'buyer', text: '这个保修多久' }], product: { title: '【热卖】不锈钢保温杯500ml 包邮…' } };
    const cup = await callBackground('suggest', { thread: aboutTheCup });
    expect(cup.suggestions[0]).toMatchObject({ phraseUid: 'eval-shop/cup-warranty', text: '亲，这款保温杯杯身一年只换不修，保温不达标一年内包换～' });
    expect(cup.product).toMatchObject({ name: '不锈钢保温杯 500ml', showFacts: false });

    const aboutTheBrush = await callBackground('suggest', { thread: { ...aboutTheCup, product: { title: '儿童电动牙刷 软毛' } } });
    expect(aboutTheBrush.product).toMatchObject({ name: '儿童电动牙刷', showFacts: true });
    expect(aboutTheBrush.suggestions.map((suggestion) => suggestion.text).join('\n')).not.toContain('{商品.');
  });
});
