import { describe, expect, it } from 'vitest';
import { syncCustomSiteScripts, type RegistrationApi } from '../../../utils/custom-sites/content-script-registration';
import type { CustomSite } from '../../../utils/schemas/custom-site';
import { OUR_DESK_SITE } from '../../fixtures/custom-sites/our-desk-site';

/** The browser's registered scripts and granted hosts, as the sync sees them. */
function fakeBrowser(granted: string[], registered: Record<string, string[]> = {}) {
  const scripts = new Map(Object.entries(registered));
  const api: RegistrationApi = {
    hasHostAccess: async (patterns) => patterns.every((pattern) => granted.includes(pattern)),
    registeredIds: async () => [...scripts.keys()],
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
    register: async (added) => {
      for (const { id, matches } of added) {
        if (scripts.has(id)) throw new Error(`Duplicate script ID '${id}'`);
        scripts.set(id, matches);
      }
    },
  };
  return { api, scripts };
}

const OTHER_SITE: CustomSite = { ...OUR_DESK_SITE, id: 'night-desk', matches: ['https://night.our-shop.example/*'] };

describe('the content script follows the custom sites the lead granted', () => {
  it('runs on a site once its host access is granted, and on no site without it', async () => {
    const browser = fakeBrowser(['https://desk.our-shop.example/chat/*']);
    expect(await syncCustomSiteScripts([OUR_DESK_SITE, OTHER_SITE], browser.api)).toEqual(['custom-site-our-desk']);
    expect(Object.fromEntries(browser.scripts)).toEqual({ 'custom-site-our-desk': ['https://desk.our-shop.example/chat/*'] });
  });

  it('stops on a removed site or a revoked permission, and never touches scripts it did not register', async () => {
    const browser = fakeBrowser([], { 'custom-site-our-desk': ['https://desk.our-shop.example/chat/*'], 'someone-else': ['https://x.example/*'] });
    await syncCustomSiteScripts([OUR_DESK_SITE], browser.api);
    expect([...browser.scripts.keys()]).toEqual(['someone-else']);
  });

  it('follows a changed pattern instead of keeping the old one, syncing twice without a duplicate', async () => {
    const moved = { ...OUR_DESK_SITE, matches: ['https://desk2.our-shop.example/*'] };
    const browser = fakeBrowser(['https://desk2.our-shop.example/*'], { 'custom-site-our-desk': ['https://desk.our-shop.example/chat/*'] });
    await syncCustomSiteScripts([moved], browser.api);
    await syncCustomSiteScripts([moved], browser.api);
    expect(Object.fromEntries(browser.scripts)).toEqual({ 'custom-site-our-desk': ['https://desk2.our-shop.example/*'] });
  });
});
