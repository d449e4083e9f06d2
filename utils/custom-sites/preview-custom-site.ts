import type { CustomSite } from '../schemas/custom-site';
import type { Thread } from '../schemas/thread';
import { customSiteAdapter } from './custom-site-adapter';

/** What "试一试" shows the lead: the thread as the extension would read it, and what was found. */
export interface CustomSitePreview {
  thread: Thread | null;
  found: { messageList: boolean; input: boolean; sendButton: boolean };
}

/** Reads `doc` (a copy of the lead's open tab) with the site's selectors, as the content script would. */
export function previewCustomSite(site: CustomSite, doc: Document): CustomSitePreview {
  const adapter = customSiteAdapter(site);
  return {
    thread: adapter.readThread(doc),
    found: {
      messageList: adapter.findMessageList(doc) !== null,
      // The copy has no window, so the adapter's element-kind check cannot run on it; the selector is enough here.
      input: doc.querySelector(site.selectors.input) !== null,
      sendButton: doc.querySelector(site.selectors.sendButton) !== null,
    },
  };
}

/** Parses a page's markup without running anything in it: DOMParser documents run no scripts and load nothing. */
export function previewFromMarkup(site: CustomSite, markup: string): CustomSitePreview {
  return previewCustomSite(site, new DOMParser().parseFromString(markup, 'text/html'));
}
