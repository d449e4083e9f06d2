import type { BrowserContext } from 'playwright-core';
import {
  SITE_FIXTURE_CONVERSATIONS,
  SITE_FIXTURES,
  siteFixtureHtml,
  type FixtureProduct,
  type SiteFixtureId,
} from '../../fixtures/sites/site-fixtures';

/**
 * A seller-client fixture page whose two conversations are about `products` instead of the
 * fixture's own: every place the page shows a conversation's product (the card in the thread,
 * the order card, the product panel, the script that re-renders them on a switch) carries the
 * given title and item id. The committed fixtures stay as the adapter tests know them.
 */
export function siteFixtureAbout(site: SiteFixtureId, products: readonly [FixtureProduct, FixtureProduct]): string {
  let html = siteFixtureHtml(SITE_FIXTURES[site].file);
  SITE_FIXTURE_CONVERSATIONS[site].forEach(({ product }, at) => {
    const wanted = products[at];
    if (!wanted) return;
    // A fixture rewritten without these strings would silently keep its own products: say so.
    for (const shown of [product.title, product.itemId]) {
      if (!html.includes(shown)) throw new Error(`${SITE_FIXTURES[site].file} no longer shows "${shown}"; update SITE_FIXTURE_CONVERSATIONS`);
    }
    html = html.replaceAll(product.title, wanted.title).replaceAll(product.itemId, wanted.itemId);
  });
  return html;
}

/**
 * Serves each given client's fixture, about the given products, at the client's real address
 * (the shipped match patterns pick the adapter); any other path on those hosts is a 404.
 */
export async function serveSiteFixturesAbout(
  context: BrowserContext,
  pages: ReadonlyArray<{ site: SiteFixtureId; products: readonly [FixtureProduct, FixtureProduct] }>,
): Promise<void> {
  const bodies = new Map<string, string>(pages.map(({ site, products }) => [SITE_FIXTURES[site].url, siteFixtureAbout(site, products)]));
  const hosts = new Set(pages.map(({ site }) => new URL(SITE_FIXTURES[site].url).host));
  await context.route(
    (url) => hosts.has(url.host),
    (route) => {
      const body = bodies.get(route.request().url());
      return body === undefined
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
}
