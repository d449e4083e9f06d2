import { afterEach, describe, expect, it } from 'vitest';
import { pickSiteAdapter } from '../../../utils/sites/adapter-registry';
import { QIANNU_CHAT_FRAME, SITE_FIXTURE_CONVERSATIONS, SITE_FIXTURES, type SiteFixtureId } from '../../fixtures/sites/site-fixtures';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';

/**
 * Every client's fixture, read by the adapter its address picks: conversation A's product, B's
 * after switching, A's again, as the end-to-end tests switch them (SITE_FIXTURE_CONVERSATIONS).
 */
describe('each client fixture’s conversations are about their own products', () => {
  let page: OpenedSiteFixture;
  afterEach(() => page.close());

  it.each(Object.keys(SITE_FIXTURES) as SiteFixtureId[])('%s: A, then B, then A again', (id) => {
    // 千牛's chat lives in its frame; the frame's page is what the adapter reads there.
    const fixture = id === 'qianniu' ? QIANNU_CHAT_FRAME : SITE_FIXTURES[id];
    page = openSiteFixture(fixture);
    const adapter = pickSiteAdapter(new URL(fixture.url));
    expect(adapter.id).toBe(id);
    const [a, b] = SITE_FIXTURE_CONVERSATIONS[id];
    const product = () => adapter.readThread(page.document)?.product;
    expect(product()).toEqual(a.product);
    page.window.siteFixture.switchConversation(b.id);
    expect(product()).toEqual(b.product);
    page.window.siteFixture.switchConversation(a.id);
    expect(product()).toEqual(a.product);
  });
});
