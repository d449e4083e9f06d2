import { pickSiteAdapter } from '../sites/adapter-registry';
import { genericAdapter } from '../sites/generic-adapter';
import type { PageLocation, SiteAdapter } from '../sites/site-adapter';
import { customSiteAdapter } from './custom-site-adapter';
import { loadCustomSites } from './custom-site-store';

/**
 * The adapter for the page the content script runs in. The stock clients and the demo keep
 * their own, tested adapters without waiting on storage; any other page (one the content script
 * reached through a lead's custom site, registered at runtime) is read with that site's selectors.
 */
export async function pickPageAdapter(location: PageLocation): Promise<SiteAdapter> {
  const stock = pickSiteAdapter(location);
  if (stock.id !== genericAdapter.id) return stock;
  const sites = await loadCustomSites().catch(() => []);
  return pickSiteAdapter(location, sites.map(customSiteAdapter));
}
