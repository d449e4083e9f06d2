import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packSchema } from '../../../utils/schemas/pack';
import { CLIENT_SELECTOR_LISTS, OVERRIDABLE_CLIENTS } from '../../../utils/schemas/site-lists';
import { mirroredOverridesOf, overridesForClient, type SiteOverride } from '../../../utils/schemas/site-override';
import { SITE_LISTS_DOC_PATH, siteListsDocText } from '../../../utils/packs/site-lists-doc';
import { FEIGE_ADAPTER_VERSION, feigeAdapter } from '../../../utils/sites/feige-adapter';
import { JD_DONGDONG_ADAPTER_VERSION, jdDongdongAdapter } from '../../../utils/sites/jd-dongdong-adapter';
import { KUAISHOU_ADAPTER_VERSION } from '../../../utils/sites/kuaishou-adapter';
import { PINDUODUO_ADAPTER_VERSION } from '../../../utils/sites/pinduoduo-adapter';
import { QIANNIU_ADAPTER_VERSION } from '../../../utils/sites/qianniu-adapter';
import { genericAdapter } from '../../../utils/sites/generic-adapter';
import { adapterListNames, clientAdapterWithLists } from '../../../utils/sites/site-overrides';
import { openPage, openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const VARIANT = readFileSync(join(ROOT, 'tests/fixtures/sites/variants/jd-dongdong-broken-override.html'), 'utf8');
const OVERRIDE_PACK = packSchema.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/packs/jd-dongdong-override-pack.json'), 'utf8')));
const [JD_OVERRIDE] = OVERRIDE_PACK.siteOverrides as [SiteOverride];

describe('each adapter publishes its named lists with a version', () => {
  it('utils/schemas/site-lists.ts names exactly each adapter’s selector lists, in its order, with its version constant', () => {
    for (const client of OVERRIDABLE_CLIENTS) expect(CLIENT_SELECTOR_LISTS[client].lists, client).toEqual(adapterListNames(client));
    expect({
      pinduoduo: PINDUODUO_ADAPTER_VERSION,
      feige: FEIGE_ADAPTER_VERSION,
      kuaishou: KUAISHOU_ADAPTER_VERSION,
      'jd-dongdong': JD_DONGDONG_ADAPTER_VERSION,
      qianniu: QIANNIU_ADAPTER_VERSION,
    }).toEqual(Object.fromEntries(OVERRIDABLE_CLIENTS.map((client) => [client, CLIENT_SELECTOR_LISTS[client].adapterVersion])));
  });

  it('docs/site-lists.md is the table the lists generate (run `npm run pack -- schema` after changing them)', () => {
    expect(readFileSync(join(ROOT, SITE_LISTS_DOC_PATH), 'utf8')).toBe(siteListsDocText());
    expect(siteListsDocText()).toContain('| `feige` | 1 | `messageList`, `message`, `bubble`');
  });
});

describe('a page the built-in adapter cannot read, fixed by a pack’s override', () => {
  let page: OpenedSiteFixture;
  afterEach(() => page.close());

  it('reads nothing with the built-in adapter, nor with the generic one', () => {
    page = openPage(VARIANT, SITE_FIXTURES['jd-dongdong'].url);
    expect(jdDongdongAdapter.readThread(page.document)).toBeNull();
    expect(jdDongdongAdapter.findInput(page.document)).toBeNull();
    expect(genericAdapter.readThread(page.document)).toBeNull();
  });

  it('reads the thread, the buyer and the reply box with the override’s lists in place of the built-in ones', () => {
    page = openPage(VARIANT, SITE_FIXTURES['jd-dongdong'].url);
    const adapter = clientAdapterWithLists('jd-dongdong', JD_OVERRIDE.lists);
    expect(adapter.readThread(page.document)).toEqual({
      site: 'jd-dongdong',
      conversationId: 'jd_7788a',
      buyer: { nickname: 'jd_7788a' },
      messages: [
        { role: 'system', text: '客服 小京 已接入会话' },
        { role: 'buyer', text: '你好，在吗' },
        { role: 'agent', text: '在的亲，这款电饭煲有现货' },
        { role: 'buyer', text: '有优惠吗？能便宜点不' },
      ],
    });
    expect(adapter.findInput(page.document)?.className).toBe('j2Kc1');
    expect(adapter.findSendButton(page.document)?.textContent).toBe('发送');
  });

  it('keeps reading the unchanged page: lists the override does not name stay the built-in ones', () => {
    page = openSiteFixture(SITE_FIXTURES.feige);
    // Only who-said-what is replaced: the agent's bubbles are now found by their inline row direction.
    const adapter = clientAdapterWithLists('feige', { agentBubble: ['.no-such-bubble'], buyerBubble: ['.no-such-bubble'], bubble: ['.no-such-bubble'] });
    expect(adapter.readThread(page.document)?.messages.map((message) => message.role)).toEqual(feigeAdapter.readThread(page.document)?.messages.map((message) => message.role));
    // Every spec function reads the replaced list: the buyer's name from a header list that finds nothing falls back to the placeholder's.
    const renamed = clientAdapterWithLists('feige', { header: ['.no-such-header'], activeConversationName: ['.no-such-row'] });
    expect(renamed.currentBuyer(page.document)).toEqual({ nickname: '甜甜圈不加糖' });
    const noName = clientAdapterWithLists('feige', { header: ['.no-such-header'], activeConversationName: ['.no-such-row'], input: ['.no-such-box'] });
    expect(noName.currentBuyer(page.document)).toBeNull();
  });
});

describe('which overrides apply to a client', () => {
  const pack = (id: string, overrides: SiteOverride[]) => ({ id, name: id, version: '1.0.0', siteOverrides: overrides });

  it('only those written for the built-in adapter version; older and newer ones are ignored and named', () => {
    const mirrored = mirroredOverridesOf([
      pack('b-team', [{ client: 'jd-dongdong', adapterVersion: JD_DONGDONG_ADAPTER_VERSION, lists: { input: ['.b'] } }]),
      pack('a-team', [{ client: 'jd-dongdong', adapterVersion: JD_DONGDONG_ADAPTER_VERSION, lists: { input: ['.a'], message: ['.a-row'] } }]),
      pack('c-old', [{ client: 'jd-dongdong', adapterVersion: JD_DONGDONG_ADAPTER_VERSION - 1, lists: { input: ['.old'] } }]),
      pack('d-new', [{ client: 'jd-dongdong', adapterVersion: JD_DONGDONG_ADAPTER_VERSION + 1, lists: { input: ['.new'] } }]),
      pack('e-other', [{ client: 'feige', adapterVersion: FEIGE_ADAPTER_VERSION, lists: { input: ['.feige'] } }]),
    ]);
    const jd = overridesForClient('jd-dongdong', mirrored);

    // Pack id order, a later pack's list winning: b-team's input over a-team's, a-team's message kept.
    expect(jd.lists).toEqual({ input: ['.b'], message: ['.a-row'] });
    expect(jd.active.map((entry) => entry.packId)).toEqual(['a-team', 'b-team']);
    expect(jd.ignored.map((entry) => [entry.packId, entry.state])).toEqual([
      ['c-old', 'ignored-older'],
      ['d-new', 'ignored-newer'],
    ]);
    expect(overridesForClient('kuaishou', mirrored)).toEqual({ lists: {}, active: [], ignored: [] });
  });
});
