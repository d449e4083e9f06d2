import { browser } from 'wxt/browser';
import { callPage } from '../../utils/messaging/page-client';
import type { OverridableClient } from '../../utils/schemas/site-lists';
import type { SiteOverride, SiteOverrideTrial } from '../../utils/schemas/site-override';
import { clientMatchPatterns } from '../../utils/sites/site-overrides';

/** An open tab of a client the lead can try an override on. */
export interface ClientTab {
  id: number;
  title: string;
}

/** What the overrides section needs from the browser beyond the library; tests pass their own. */
export interface SiteOverridesServices {
  openTabs(client: OverridableClient): Promise<ClientTab[]>;
  /**
   * 试一试: asks the content script already running in the tab to read its page once with the
   * draft lists (page request `trySiteOverride`); no script is injected, no permission asked.
   */
  tryOverride(tabId: number, override: SiteOverride): Promise<SiteOverrideTrial>;
}

export const browserSiteOverridesServices: SiteOverridesServices = {
  async openTabs(client) {
    const tabs = await browser.tabs.query({ url: [...clientMatchPatterns(client)] });
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [{ id: tab.id, title: tab.title || tab.url || String(tab.id) }]));
  },
  tryOverride: (tabId, override) => callPage(tabId, 'trySiteOverride', { override }),
};
