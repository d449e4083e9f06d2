import { NEWEST_PACK_FORMAT, type Pack } from '../schemas/pack';
import type { SiteOverride } from '../schemas/site-override';
import { DraftChangeError } from './draft-change-error';

/**
 * `override-put`: the draft's selector override for the client, added at the end or replaced in
 * its place (a pack carries one per client). Overrides need pack format 4: the draft is raised.
 */
export function putSiteOverride(pack: Pack, override: SiteOverride): Pack {
  const format = pack.format < NEWEST_PACK_FORMAT ? NEWEST_PACK_FORMAT : pack.format;
  const index = pack.siteOverrides.findIndex((entry) => entry.client === override.client);
  const siteOverrides = index < 0 ? [...pack.siteOverrides, override] : pack.siteOverrides.map((entry, at) => (at === index ? override : entry));
  return { ...pack, format, siteOverrides };
}

/** `override-delete`: the draft's override for the client taken out. */
export function deleteSiteOverride(pack: Pack, client: string): Pack {
  if (!pack.siteOverrides.some((entry) => entry.client === client)) {
    throw new DraftChangeError(`话术包「${pack.name}」没有 "${client}" 的选择器替换；请刷新后再改 / pack "${pack.id}" has no selector override for "${client}"`, 'client');
  }
  return { ...pack, siteOverrides: pack.siteOverrides.filter((entry) => entry.client !== client) };
}
