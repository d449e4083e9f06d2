import { dateVersion } from '../packs/pack-metadata';
import { NEWEST_PACK_FORMAT, type Pack } from '../schemas/pack';
import { builtInAdapterVersion, isOverridableClient } from '../schemas/site-lists';
import { siteOverrideSchema, type SiteOverride } from '../schemas/site-override';

/** What the console's override form holds: a client, one of its list names, selectors one per line. */
export interface OverrideFormValues {
  client: string;
  list: string;
  selectorsText: string;
}

export type OverrideFormResult = { ok: true; override: SiteOverride } | { ok: false; field: 'client' | 'list' | 'selectors'; message: string };

/** The lines of the text box, trimmed, blank ones left out. */
export function selectorLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The override the form describes, checked with the pack format's own schema: the client's
 * override in the draft (`existing`) keeps its other lists, and this list is replaced; written
 * for this extension's adapter version. A problem is placed on its field.
 */
export function overrideFromForm(values: OverrideFormValues, existing: SiteOverride | undefined): OverrideFormResult {
  const version = isOverridableClient(values.client) ? builtInAdapterVersion(values.client) : undefined;
  const kept = existing && existing.client === values.client && existing.adapterVersion === version ? existing.lists : {};
  const parsed = siteOverrideSchema.safeParse({
    client: values.client,
    adapterVersion: version ?? 1,
    lists: { ...kept, [values.list]: selectorLines(values.selectorsText) },
  });
  if (parsed.success) return { ok: true, override: parsed.data };
  const issue = parsed.error.issues[0];
  const [first, second] = issue?.path ?? [];
  const field = first === 'client' ? 'client' : first === 'lists' && second === values.list && issue?.path.length === 2 && issue.code === 'custom' ? 'list' : first === 'lists' ? 'selectors' : 'client';
  return { ok: false, field, message: issue?.message ?? 'invalid' };
}

/**
 * 导出为话术包: a pack (format 4) carrying this override alone, for a lead who hands it to a team
 * outside the subscription; it installs like any pack and comes out with it when removed.
 */
export function overridePack(override: SiteOverride, now: Date = new Date()): Pack {
  return {
    format: NEWEST_PACK_FORMAT,
    id: `site-override-${override.client}`,
    name: `选择器替换 ${override.client}`,
    version: dateVersion(now),
    author: '组长',
    description: `选择器替换（${override.client}，适配器版本 ${override.adapterVersion}） / selector override for ${override.client}, adapter version ${override.adapterVersion}`,
    language: 'zh-CN',
    categories: [],
    topics: [],
    phrases: [],
    rules: [],
    sites: [],
    locked: { phrases: [], rules: [] },
    products: [],
    siteOverrides: [override],
  };
}
