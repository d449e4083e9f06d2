import { defineLocalItem } from '../settings/local-item';
import { customSiteSchema, customSitesSchema, type CustomSite } from '../schemas/custom-site';

/**
 * The lead's custom sites, in storage.local (read by the options page, the service worker and
 * the content script on those sites). Each entry is parsed on the way out, so one damaged entry
 * is dropped without losing the others.
 */
const customSitesItem = defineLocalItem<unknown[]>('customSites', []);

export async function loadCustomSites(): Promise<CustomSite[]> {
  const stored: unknown = await customSitesItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = customSiteSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function saveCustomSites(sites: readonly CustomSite[]): Promise<CustomSite[]> {
  const valid = customSitesSchema.parse(sites);
  await customSitesItem.setValue(valid);
  return valid;
}

/** Adds the site, or replaces the stored one with the same id. */
export async function putCustomSite(site: CustomSite): Promise<CustomSite[]> {
  const sites = await loadCustomSites();
  const index = sites.findIndex((existing) => existing.id === site.id);
  return saveCustomSites(index === -1 ? [...sites, site] : sites.with(index, site));
}

export async function removeCustomSite(id: string): Promise<CustomSite[]> {
  return saveCustomSites((await loadCustomSites()).filter((site) => site.id !== id));
}

export function watchCustomSites(onChange: (sites: CustomSite[]) => void): () => void {
  return customSitesItem.watch(() => void loadCustomSites().then(onChange));
}
