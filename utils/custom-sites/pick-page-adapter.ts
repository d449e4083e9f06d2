import { overridesForClient } from '../schemas/site-override';
import { isOverridableClient } from '../schemas/site-lists';
import { loadMirroredSiteOverrides } from '../settings/site-overrides-store';
import { pickSiteAdapter } from '../sites/adapter-registry';
import { genericAdapter } from '../sites/generic-adapter';
import { withGenericFallback } from '../sites/generic-fallback';
import { clientAdapterWithLists } from '../sites/site-overrides';
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
  const stock = pickSiteAdapter(location);
  if (isOverridableClient(stock.id)) {
    const overrides = overridesForClient(stock.id, await loadMirroredSiteOverrides().catch(() => []));
    return overrides.active.length > 0 ? withGenericFallback(clientAdapterWithLists(stock.id, overrides.lists)) : stock;
  }
  if (stock.id !== genericAdapter.id) return stock;
  const sites = await loadCustomSites().catch(() => []);
  return pickSiteAdapter(location, sites.map(customSiteAdapter));
}
