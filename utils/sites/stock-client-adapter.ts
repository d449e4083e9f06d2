import { CLIENT_ADAPTERS } from './adapter-registry';
import type { PageLocation, SiteAdapter } from './site-adapter';

/**
 * The stock client's own adapter for a page read with `pickedId` (the adapter the page session
 * uses), without the generic fallback behind it: what the page-health check measures. Null on
 * custom sites and other pages, and where a lead's custom site took a client's address over.
 */
export function stockClientAdapter(location: PageLocation, pickedId: string): SiteAdapter | null {
  const client = CLIENT_ADAPTERS.find((adapter) => adapter.matches(location));
  return client && client.id === pickedId ? client : null;
}
