import { browser } from 'wxt/browser';
import { callPage } from '../../utils/messaging/page-client';
import type { OverridableClient } from '../../utils/schemas/site-lists';
import type { SiteOverride, SiteOverrideTrial } from '../../utils/schemas/site-override';

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

/**
 * The extension has no `tabs` permission and no host permission for the clients (the content
 * script's matches are not one), so tabs cannot be found by address: each tab is asked what it
 * reads (`readThread`, answered only where our content script runs), and those showing this
 * client are kept, named by the buyer they show.
 */
export const browserSiteOverridesServices: SiteOverridesServices = {
  async openTabs(client) {
    const tabs = await browser.tabs.query({});
    const answers = await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return [];
        const page = await callPage(tab.id, 'readThread').catch(() => null);
        if (page?.site !== client) return [];
        const buyer = page.thread?.buyer?.nickname;
        return [{ id: tab.id, title: `${tab.title || client} · #${tab.id}${buyer ? ` · ${buyer}` : ''}` }];
      }),
    );
    return answers.flat();
  },
  tryOverride: (tabId, override) => callPage(tabId, 'trySiteOverride', { override }),
};
