import type { Thread } from '../schemas/thread';
import { genericAdapter } from './generic-adapter';
import type { SiteAdapter } from './site-adapter';

/**
 * A client's own adapter, with the generic adapter behind it: when the client ships a page the
 * site's selectors no longer fit (nothing found, or the adapter throws), the generic reading is
 * used instead of nothing. Such a thread keeps `site: 'generic'`, so the popup can tell the agent
 * that the page is read by general rules ("使用通用识别") rather than failing silently.
 */
export function withGenericFallback(site: SiteAdapter): SiteAdapter {
  function orGeneric<T>(read: (adapter: SiteAdapter) => T | null): T | null {
    let found: T | null = null;
    try {
      found = read(site);
    } catch {
      found = null; // a page mid-render or a changed page can trip a site adapter
    }
    return found ?? read(genericAdapter);
  }
  const combined: SiteAdapter = {
    id: site.id,
    matches: (location) => site.matches(location),
    findMessageList: (doc) => orGeneric((adapter) => adapter.findMessageList(doc)),
    readThread: (doc) => orGeneric((adapter) => adapter.readThread(doc)),
    findInput: (doc) => orGeneric((adapter) => adapter.findInput(doc)),
    findSendButton: (doc) => orGeneric((adapter) => adapter.findSendButton(doc)),
    currentBuyer: (doc) => orGeneric((adapter) => adapter.currentBuyer(doc)),
  };
  // The conversation list has no generic reading: the site's own, or none (the page side then
  // reports the open conversation alone).
  if (site.readConversationList) combined.readConversationList = site.readConversationList.bind(site);
  if (site.findConversationRow) combined.findConversationRow = site.findConversationRow.bind(site);
  // Nor has the product panel: the site's own, watched for in-place changes.
  if (site.findProductPanel) combined.findProductPanel = site.findProductPanel.bind(site);
  return combined;
}

/**
 * Whether a page's thread was read by the generic fallback although the page has a site adapter
 * of its own (the page changed): `PageThread.adapterFallback`.
 */
export function readsThroughFallback(adapterId: string, thread: Thread | null): boolean {
  return thread !== null && adapterId !== genericAdapter.id && thread.site === genericAdapter.id;
}
