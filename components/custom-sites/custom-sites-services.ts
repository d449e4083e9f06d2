import { browser } from 'wxt/browser';
import { loadCustomSites, putCustomSite, removeCustomSite } from '../../utils/custom-sites/custom-site-store';
import type { CustomSite } from '../../utils/schemas/custom-site';

/** An open tab the lead can try a site on. */
export interface OpenTab {
  id: number;
  title: string;
}

/** What the custom-sites section needs from the browser; tests pass their own. */
export interface CustomSitesServices {
  load(): Promise<CustomSite[]>;
  save(site: CustomSite): Promise<CustomSite[]>;
  remove(site: CustomSite): Promise<CustomSite[]>;
  hasAccess(site: CustomSite): Promise<boolean>;
  /** Must run inside the lead's click: the browser asks only during a user gesture. */
  requestAccess(site: CustomSite): Promise<boolean>;
  openTabs(site: CustomSite): Promise<OpenTab[]>;
  /** The tab's current markup, read once on the lead's click; it stays inside the extension. */
  readTab(tabId: number): Promise<string>;
}

function originsOf(site: CustomSite): string[] {
  return [...site.matches];
}

/**
 * The real browser. Registering the content script is the service worker's job
 * (utils/custom-sites/keep-scripts-registered.ts): it follows the stored sites and the
 * granted permissions, so saving and granting here is enough.
 */
export const browserCustomSitesServices: CustomSitesServices = {
  load: loadCustomSites,
  save: putCustomSite,
  async remove(site) {
    const remaining = await removeCustomSite(site.id);
    // Give back the access no other site needs.
    const stillUsed = new Set(remaining.flatMap((other) => other.matches));
    const unused = originsOf(site).filter((pattern) => !stillUsed.has(pattern));
    if (unused.length > 0) await browser.permissions.remove({ origins: unused }).catch(() => false);
    return remaining;
  },
  hasAccess: (site) => browser.permissions.contains({ origins: originsOf(site) }),
  requestAccess: (site) => browser.permissions.request({ origins: originsOf(site) }),
  async openTabs(site) {
    const tabs = await browser.tabs.query({ url: originsOf(site) });
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [{ id: tab.id, title: tab.title || tab.url || String(tab.id) }]));
  },
  async readTab(tabId) {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.documentElement.outerHTML });
    if (typeof result?.result !== 'string') throw new Error('no markup from the tab');
    return result.result;
  },
};
