import { feigeAdapter } from './feige-adapter';
import { genericAdapter } from './generic-adapter';
import { withGenericFallback } from './generic-fallback';
import { jdDongdongAdapter } from './jd-dongdong-adapter';
import { kuaishouAdapter } from './kuaishou-adapter';
import { pinduoduoAdapter } from './pinduoduo-adapter';
import { qianniuAdapter } from './qianniu-adapter';
import type { PageLocation, SiteAdapter } from './site-adapter';

/** The seller clients with an adapter of their own, one file each (docs/design-notes.md, "Where it runs"). */
export const CLIENT_ADAPTERS: readonly SiteAdapter[] = [
  pinduoduoAdapter, // 拼多多 商家客服
  feigeAdapter, // 抖店 飞鸽
  kuaishouAdapter, // 快手小店
  jdDongdongAdapter, // 京东 咚咚
  qianniuAdapter, // 千牛 web (defensive)
];

/**
 * Adapters tried in order: each client (with the generic adapter behind it for when the
 * client's page changed). The generic adapter takes every other page. The demo page is no
 * client: it is an extension page, where the content script never runs, and it reads itself
 * with the demo adapter (entrypoints/demo/), so the chat pages' script does not carry it.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = CLIENT_ADAPTERS.map(withGenericFallback);

/**
 * `customAdapters` (a team lead's custom sites, utils/custom-sites/) are looked up first: a lead
 * who describes a page knows it better than the generic guess.
 */
export function pickSiteAdapter(location: PageLocation, customAdapters: readonly SiteAdapter[] = []): SiteAdapter {
  const custom = customAdapters.find((adapter) => adapter.matches(location));
  if (custom) return withGenericFallback(custom);
  return SITE_ADAPTERS.find((adapter) => adapter.matches(location)) ?? genericAdapter;
}
