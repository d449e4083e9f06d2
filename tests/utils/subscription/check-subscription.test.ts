import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../utils/library/load-library';
import { loadMirroredSiteOverrides } from '../../../utils/settings/site-overrides-store';
import { applySubscription, checkSubscription, setSubscription, type SubscriptionDeps } from '../../../utils/subscription/check-subscription';
import { SUBSCRIPTION_MAX_BYTES, type FetchFunction } from '../../../utils/subscription/fetch-pack';
import { EMPTY_SUBSCRIPTION, type SubscriptionState } from '../../../utils/schemas/subscription-state';
import type { SubscriptionStore } from '../../../utils/subscription/subscription-store';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { fixtureBytes } from '../packs/pack-fixtures';

afterEach(closeTestLibraryDbs);

const URL_ = 'https://packs.example.com/team/tea-shop.json';

function memoryStore(policyUrl: string | null = null): SubscriptionStore & { state: SubscriptionState } {
  const store = {
    state: { ...EMPTY_SUBSCRIPTION },
    load: async () => store.state,
    save: async (state: SubscriptionState) => {
      store.state = state;
    },
    policyUrl: async () => policyUrl,
  };
  return store;
}

interface Sent {
  url: string;
  init: RequestInit;
}

/** A static host: answers 304 when the validators match the file it serves. */
function packHost(file: { body: Uint8Array; etag: string }) {
  const sent: Sent[] = [];
  const fetchFunction: FetchFunction = async (url, init) => {
    sent.push({ url, init });
    const headers = new Headers(init.headers);
    if (headers.get('If-None-Match') === file.etag) return new Response(null, { status: 304 });
    return new Response(file.body.slice(), { status: 200, headers: { ETag: file.etag, 'Last-Modified': 'Mon, 23 Nov 2026 01:00:00 GMT' } });
  };
  return { sent, fetchFunction, file };
}

function teaShop(version: string): Uint8Array {
  const pack = JSON.parse(new TextDecoder().decode(fixtureBytes('tea-shop.json'))) as { version: string; phrases: { id: string; text: string }[] };
  pack.version = version;
  if (version !== '1.0.0') pack.phrases.push({ ...pack.phrases[0]!, id: 'new-001', text: '亲，新茶上市啦～' });
  return new TextEncoder().encode(JSON.stringify(pack));
}

async function subscribed(host: ReturnType<typeof packHost>, options: { autoApply?: boolean } = {}): Promise<SubscriptionDeps & { store: ReturnType<typeof memoryStore> }> {
  const deps = { db: openTestLibraryDb(), store: memoryStore(), fetch: host.fetchFunction, now: () => 500 };
  await setSubscription(deps, { url: URL_, autoApply: options.autoApply ?? false });
  return deps;
}

/** The agent subscribed, checked, and applied version 1.0.0 (ETag "v1"). */
async function firstVersionApplied() {
  const host = packHost({ body: teaShop('1.0.0'), etag: '"v1"' });
  const deps = await subscribed(host);
  await checkSubscription(deps);
  await applySubscription(deps);
  return { host, deps };
}

describe('checking the subscribed team pack', () => {
  it('a format-3 team pack arrives with its products, SKUs and facts', async () => {
    const pack = {
      format: 3,
      id: 'tea-shop',
      name: '茶叶店',
      version: '1.0.0',
      author: '主管',
      phrases: [{ id: 'origin', category: 'product', text: '亲，产地是{商品.产地}', products: ['明前龙井'] }],
      products: [{ name: '明前龙井', ids: [{ platform: 'taobao', itemId: '5501' }], facts: { 产地: '杭州' }, skus: [{ name: '250g', facts: { 重量: '250g' } }] }],
    };
    const deps = await subscribed(packHost({ body: new TextEncoder().encode(JSON.stringify(pack)), etag: '"p1"' }));

    await checkSubscription(deps);
    await applySubscription(deps);

    const library = await loadLibrary(deps.db);
    expect(library.products.map(({ uid, name, facts, skus }) => ({ uid, name, facts, skus }))).toEqual([
      { uid: 'tea-shop/明前龙井', name: '明前龙井', facts: { 产地: '杭州' }, skus: [{ name: '250g', facts: { 重量: '250g' } }] },
    ]);
    expect(library.phrases.find((phrase) => phrase.uid === 'tea-shop/origin')?.products).toEqual(['明前龙井']);
  });

  it('a format-4 team pack arrives with its selector overrides, mirrored for the agents’ chat pages', async () => {
    const pack = {
      format: 4,
      id: 'tea-shop',
      name: '茶叶店',
      version: '1.0.1',
      author: '主管',
      phrases: [{ id: 'hello', category: 'greeting', text: '亲，在的～' }],
      siteOverrides: [{ client: 'feige', adapterVersion: 1, lists: { message: ['.msgRow'] } }],
    };
    const deps = await subscribed(packHost({ body: new TextEncoder().encode(JSON.stringify(pack)), etag: '"o1"' }));

    await checkSubscription(deps);
    await applySubscription(deps);

    expect(await loadMirroredSiteOverrides()).toEqual([
      { packId: 'tea-shop', packName: '茶叶店', packVersion: '1.0.1', override: { client: 'feige', adapterVersion: 1, lists: { message: ['.msgRow'] } } },
    ]);
  });

  it('shows a changed pack as a pending update and installs it only on 应用更新', async () => {
    const host = packHost({ body: teaShop('1.0.0'), etag: '"v1"' });
    const deps = await subscribed(host);

    const view = await checkSubscription(deps);

    expect(view).toMatchObject({ status: 'pending', etag: '"v1"', lastCheckedAt: 500, pending: { packName: expect.any(String), version: '1.0.0', added: 6 } });
    expect((await loadLibrary(deps.db)).phrases.some((phrase) => phrase.packId === 'tea-shop')).toBe(false);

    const applied = await applySubscription(deps);
    expect(applied).toMatchObject({ status: 'applied', pending: null });
    expect((await loadLibrary(deps.db)).phrases.filter((phrase) => phrase.packId === 'tea-shop')).toHaveLength(6);
  });

  it('asks with the stored ETag, and a 304 changes nothing', async () => {
    const { host, deps } = await firstVersionApplied();

    const view = await checkSubscription(deps);

    expect(new Headers(host.sent[1]?.init.headers).get('If-None-Match')).toBe('"v1"');
    expect(new Headers(host.sent[1]?.init.headers).get('If-Modified-Since')).toBe('Mon, 23 Nov 2026 01:00:00 GMT');
    expect(host.sent[1]?.init).toMatchObject({ credentials: 'omit', cache: 'no-store', method: 'GET' });
    expect(host.sent[1]?.init.body).toBeUndefined();
    expect(view).toMatchObject({ status: 'unchanged', pending: null, etag: '"v1"' });
  });

  it('previews a new version published under a new ETag', async () => {
    const { host, deps } = await firstVersionApplied();
    host.file.body = teaShop('1.1.0');
    host.file.etag = '"v2"';

    const view = await checkSubscription(deps);

    expect(view).toMatchObject({ status: 'pending', etag: '"v2"', pending: { version: '1.1.0', installedVersion: '1.0.0', added: 1 } });
  });

  it('installs at once when the lead switched on automatic updates', async () => {
    const deps = await subscribed(packHost({ body: teaShop('1.0.0'), etag: '"v1"' }), { autoApply: true });

    expect(await checkSubscription(deps)).toMatchObject({ status: 'applied', pending: null });
    expect((await loadLibrary(deps.db)).phrases.filter((phrase) => phrase.packId === 'tea-shop')).toHaveLength(6);
  });

  it('says the same pack is up to date without offering an update', async () => {
    const { host, deps } = await firstVersionApplied();
    host.file.etag = '"v1-again"';

    expect(await checkSubscription(deps)).toMatchObject({ status: 'up-to-date', pending: null });
  });

  it('makes no request at all without a URL', async () => {
    const host = packHost({ body: teaShop('1.0.0'), etag: '"v1"' });
    const deps = { db: openTestLibraryDb(), store: memoryStore(), fetch: host.fetchFunction };

    expect(await checkSubscription(deps)).toMatchObject({ url: null, status: 'never' });
    expect(host.sent).toEqual([]);
  });

  it('uses the URL IT set by policy over the agent’s own', async () => {
    const host = packHost({ body: teaShop('1.0.0'), etag: '"v1"' });
    const deps = { db: openTestLibraryDb(), store: memoryStore('https://it.example.com/pack.json'), fetch: host.fetchFunction };
    await setSubscription(deps, { url: URL_, autoApply: false });

    expect(await checkSubscription(deps)).toMatchObject({ url: 'https://it.example.com/pack.json', urlFromPolicy: true, status: 'pending' });
    expect(host.sent[0]?.url).toBe('https://it.example.com/pack.json');
  });

  it('reports an unreachable host, an HTTP error, a broken file and an oversized file without changing the library', async () => {
    const cases: [FetchFunction, RegExp][] = [
      [async () => Promise.reject(new TypeError('Failed to fetch')), /CORS/],
      [async () => new Response('no', { status: 404 }), /HTTP 404/],
      [async () => new Response('{"format": 1, "id": "Bad Id"}', { status: 200 }), /id/],
      [async () => new Response(new Uint8Array(SUBSCRIPTION_MAX_BYTES + 1), { status: 200 }), /5 MB/],
    ];
    for (const [fetchFunction, message] of cases) {
      const deps = { db: openTestLibraryDb(), store: memoryStore(), fetch: fetchFunction };
      await setSubscription(deps, { url: URL_, autoApply: true });
      const view = await checkSubscription(deps);
      expect(view.status).toBe('error');
      expect(view.message).toMatch(message);
      expect(view.etag).toBeNull();
      expect((await loadLibrary(deps.db)).phrases.some((phrase) => phrase.packId === 'tea-shop')).toBe(false);
    }
  });
});
