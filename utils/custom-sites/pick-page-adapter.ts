import { overridesForClient } from '../schemas/site-override';
import { isOverridableClient } from '../schemas/site-lists';
import { loadMirroredSiteOverrides } from '../settings/site-overrides-store';
import { pickSiteAdapter } from '../sites/adapter-registry';
import { genericAdapter } from '../sites/generic-adapter';
import { withGenericFallback } from '../sites/generic-fallback';
import { clientAdapterWithLists } from '../sites/site-overrides';
import { stockClientAdapter } from '../sites/stock-client-adapter';
import type { PageLocation, SiteAdapter } from '../sites/site-adapter';
import { customSiteAdapter } from './custom-site-adapter';
import { loadCustomSites } from './custom-site-store';

/**
 * The adapter for the page the content script runs in, chosen once at start. A stock client's
 * adapter gets the installed packs' selector overrides for it (mirrored to storage.local), when
 * written for its adapter version; a page opened before an override arrived keeps its adapter
 * until it is reloaded. Any other page (one the content script reached through a lead's custom
 * site, registered at runtime) is read with that site's selectors.
 */
export async function pickPageAdapter(location: PageLocation): Promise<SiteAdapter> {
  return (await pickPageAdapters(location)).adapter;
}

/**
 * The same, with the stock client's own adapter inside it (overrides applied, no generic fallback
 * behind it): what the page-health check measures, so a page an override reads is not reported as
 * changed. `client` is null on custom sites and other pages.
 */
export async function pickPageAdapters(location: PageLocation): Promise<{ adapter: SiteAdapter; client: SiteAdapter | null }> {
  const stock = pickSiteAdapter(location);
  if (isOverridableClient(stock.id)) {
    const overrides = overridesForClient(stock.id, await loadMirroredSiteOverrides().catch(() => []));
    if (overrides.active.length === 0) return { adapter: stock, client: stockClientAdapter(location, stock.id) };
    const client = clientAdapterWithLists(stock.id, overrides.lists);
    return { adapter: withGenericFallback(client), client };
  }
  if (stock.id !== genericAdapter.id) return { adapter: stock, client: null };
  const sites = await loadCustomSites().catch(() => []);
  return { adapter: pickSiteAdapter(location, sites.map(customSiteAdapter)), client: null };
}
