import { browser } from 'wxt/browser';
import type { CustomSite } from '../schemas/custom-site';

/** Registered script ids start with this, so ours are told apart from any other registration. */
export const CUSTOM_SCRIPT_ID_PREFIX = 'custom-site-';
/** The same built content script the manifest gives the stock clients. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The browser APIs this needs; an argument so tests can stand in for the browser. */
export interface RegistrationApi {
  hasHostAccess(patterns: string[]): Promise<boolean>;
  registeredIds(): Promise<string[]>;
  unregister(ids: string[]): Promise<void>;
  register(scripts: { id: string; matches: string[] }[]): Promise<void>;
}

export const browserRegistrationApi: RegistrationApi = {
  hasHostAccess: (origins) => browser.permissions.contains({ origins }),
  registeredIds: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  register: (scripts) =>
    browser.scripting.registerContentScripts(
      scripts.map(({ id, matches }) => ({
        id,
        matches,
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    ),
};

export function scriptIdOf(site: CustomSite): string {
  return `${CUSTOM_SCRIPT_ID_PREFIX}${site.id}`;
}

/**
 * Makes the registered content scripts match the custom sites the lead granted access to: one
 * per granted site, none for a removed site or a revoked permission. Re-registers rather than
 * updates, so a changed pattern never keeps running on the old one. Returns the registered ids.
 */
export async function syncCustomSiteScripts(sites: readonly CustomSite[], api: RegistrationApi = browserRegistrationApi): Promise<string[]> {
  const ours = (await api.registeredIds()).filter((id) => id.startsWith(CUSTOM_SCRIPT_ID_PREFIX));
  if (ours.length > 0) await api.unregister(ours);
  const granted: { id: string; matches: string[] }[] = [];
  for (const site of sites) {
    if (await api.hasHostAccess([...site.matches])) granted.push({ id: scriptIdOf(site), matches: [...site.matches] });
  }
  if (granted.length > 0) await api.register(granted);
  return granted.map((script) => script.id);
}
