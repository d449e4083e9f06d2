import { demoAdapter } from './demo-adapter';
import { genericAdapter } from './generic-adapter';
import type { PageLocation, SiteAdapter } from './site-adapter';

/**
 * Adapters tried in order, most specific first. Per-site adapters (拼多多, 飞鸽, 快手, 咚咚, 千牛)
 * go before the generic fallback, which takes every page.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [demoAdapter];

export function pickSiteAdapter(location: PageLocation): SiteAdapter {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(location)) ?? genericAdapter;
}
