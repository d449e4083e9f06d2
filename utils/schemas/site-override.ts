import { z } from 'zod/mini';
import { isValidCssSelector } from './custom-site';
import { CLIENT_SELECTOR_LISTS, isOverridableClient, OVERRIDABLE_CLIENTS, publishedListNames } from './site-lists';
import { threadSchema } from './thread';

/**
 * A selector override carried by a pack (format 4, `siteOverrides`): for one stock client,
 * replacements of some of its adapter's named selector lists (site-lists.ts), written for one
 * adapter version. Data only: CSS selectors, checked like a custom site's (the browser's parser
 * where there is one), never script. Written with zod/mini: chat pages parse the mirrored copy.
 */

export const SITE_OVERRIDE_LIMITS = Object.freeze({ overrides: OVERRIDABLE_CLIENTS.length, selectorsPerList: 20 });

const EXAMPLE = '{"client":"feige","adapterVersion":1,"lists":{"message":["[data-qa-id=\\"qa-message-warpper\\"]",".msgRow"]}}';

const overrideSelectorSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: '选择器不能为空，例如 ".msgRow" / a selector cannot be empty, e.g. ".msgRow"' }),
  z.maxLength(500, { error: 'CSS 选择器最长 500 个字符 / a CSS selector has at most 500 characters' }),
  // `>` is the child combinator (the adapters use it); `<` and control characters are never CSS.
  z.refine((value) => !/[<\u0000-\u001f]/.test(value), {
    error: '选择器不能含 < 或控制字符，例如 ".msgRow" / no < or control characters in a selector, e.g. ".msgRow"',
  }),
  z.refine(isValidCssSelector, {
    error: '不是有效的 CSS 选择器（浏览器的 querySelector 不认），例如 ".msgRow" 或 "[data-qa-id=\\"qa-message-warpper\\"]" / not a valid CSS selector, e.g. ".msgRow"',
  }),
);

const overrideListSchema = z.array(overrideSelectorSchema).check(
  z.minLength(1, { error: '替换的选择器列表不能为空，至少写一个，例如 [".msgRow"] / a replacement list needs at least one selector, e.g. [".msgRow"]' }),
  z.maxLength(SITE_OVERRIDE_LIMITS.selectorsPerList, {
    error: `每个列表最多 ${SITE_OVERRIDE_LIMITS.selectorsPerList} 个选择器 / at most ${SITE_OVERRIDE_LIMITS.selectorsPerList} selectors per list`,
  }),
);

export const siteOverrideSchema = z
  .object({
    /** A stock client's adapter id, e.g. "feige". */
    client: z.string().check(
      z.refine(isOverridableClient, {
        error: `client 只能是内置客户端之一：${OVERRIDABLE_CLIENTS.join(' / ')}，例如 ${EXAMPLE} / client must be one of ${OVERRIDABLE_CLIENTS.join(', ')}`,
      }),
    ),
    /**
     * The adapter version the lists were written for (CLIENT_SELECTOR_LISTS). Adapters start at 1;
     * 0 stands for lists written before a client's were versioned, so it never applies.
     */
    adapterVersion: z.number().check(
      z.int({ error: `adapterVersion 是整数，例如 1 / adapterVersion is a whole number, e.g. 1` }),
      z.gte(0, { error: 'adapterVersion 不能是负数，例如 1 / adapterVersion is not negative, e.g. 1' }),
      z.lte(1000),
    ),
    /** Replacement lists by name, each in order of trust like the adapter's own. */
    lists: z.record(z.string().check(z.maxLength(60)), overrideListSchema),
  })
  .check(
    z.superRefine((override, ctx) => {
      const names = Object.keys(override.lists);
      if (names.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['lists'], input: override.lists, message: `lists 至少替换一个列表，例如 ${EXAMPLE} / lists must replace at least one list` });
      }
      // Names are checked against the lists of the version they were written for; this build knows
      // only its own, and an override for another version is kept (and ignored) as it is.
      if (!isOverridableClient(override.client) || override.adapterVersion !== CLIENT_SELECTOR_LISTS[override.client].adapterVersion) return;
      const known = new Set<string>(publishedListNames(override.client));
      for (const name of names) {
        if (known.has(name)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['lists', name],
          input: name,
          message: `"${override.client}" 没有名为 "${name}" 的选择器列表；可用的有 ${[...known].join('、')}（见 docs/site-lists.md），例如 ${EXAMPLE} / client "${override.client}" has no list "${name}"`,
        });
      }
    }),
  );
export type SiteOverride = z.infer<typeof siteOverrideSchema>;

export const siteOverridesSchema = z.array(siteOverrideSchema).check(
  z.maxLength(SITE_OVERRIDE_LIMITS.overrides),
  z.superRefine((overrides, ctx) => {
    const seen = new Set<string>();
    overrides.forEach((override, index) => {
      if (seen.has(override.client)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'client'],
          input: override.client,
          message: `客户端 "${override.client}" 的替换重复；一个包里每个客户端只写一条，把列表合并到同一条的 lists 里，例如 ${EXAMPLE} / duplicate override for client "${override.client}"; merge its lists into one entry`,
        });
      }
      seen.add(override.client);
    });
  }),
);

/**
 * An override as the library mirrors it to storage.local for chat pages (the content script
 * cannot read the extension's IndexedDB): with the pack it came from, for notices.
 */
export const mirroredSiteOverrideSchema = z.object({
  packId: z.string().check(z.maxLength(64)),
  packName: z.string().check(z.maxLength(80)),
  packVersion: z.string().check(z.maxLength(40)),
  override: siteOverrideSchema,
});
export type MirroredSiteOverride = z.infer<typeof mirroredSiteOverrideSchema>;

/**
 * Whether an override applies over the built-in adapter: only when written for its version. One
 * for an older version is ignored (a list it names may mean something else now); one for a newer
 * version comes from a newer extension than this one (update it).
 */
export const SITE_OVERRIDE_STATES = ['active', 'ignored-older', 'ignored-newer'] as const;
export type SiteOverrideState = (typeof SITE_OVERRIDE_STATES)[number];

export function siteOverrideState(override: Pick<SiteOverride, 'client' | 'adapterVersion'>): SiteOverrideState {
  const builtIn = isOverridableClient(override.client) ? CLIENT_SELECTOR_LISTS[override.client].adapterVersion : undefined;
  if (builtIn === undefined || override.adapterVersion < builtIn) return 'ignored-older';
  return override.adapterVersion > builtIn ? 'ignored-newer' : 'active';
}

/**
 * What a chat page answers to the console's 试一试 (page request `trySiteOverride`): the open
 * conversation as the draft lists read it, and which of the main parts they found. `sameClient`
 * is false when the tab shows another client (nothing was read).
 */
export const siteOverrideTrialSchema = z.object({
  site: z.string().check(z.maxLength(40)),
  sameClient: z.boolean(),
  thread: z.nullable(threadSchema),
  found: z.object({ messageList: z.boolean(), input: z.boolean(), sendButton: z.boolean() }),
  /** Why the reading failed (a selector the page's parser refused), when it did. */
  error: z.optional(z.string().check(z.maxLength(500))),
});
export type SiteOverrideTrial = z.infer<typeof siteOverrideTrialSchema>;

/** Every installed pack's overrides with the pack each came from, in pack id order: what the library mirrors. */
export function mirroredOverridesOf(
  packs: readonly { id: string; name: string; version: string; siteOverrides: readonly SiteOverride[] }[],
): MirroredSiteOverride[] {
  return [...packs]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((pack) => pack.siteOverrides.map((override) => ({ packId: pack.id, packName: pack.name, packVersion: pack.version, override })));
}

/** An override left out, and why: the popup and the console say so. */
export type IgnoredSiteOverride = MirroredSiteOverride & { state: Exclude<SiteOverrideState, 'active'> };

/** What the overrides mean for one client: the lists that apply, and the overrides left out. */
export interface ClientOverrides {
  /** The replacement lists, merged over the packs in pack id order (a later pack's list wins). */
  lists: Record<string, readonly string[]>;
  /** The overrides that apply, in that order. */
  active: MirroredSiteOverride[];
  ignored: IgnoredSiteOverride[];
}

export function overridesForClient(client: string, mirrored: readonly MirroredSiteOverride[]): ClientOverrides {
  const result: ClientOverrides = { lists: {}, active: [], ignored: [] };
  for (const entry of mirrored) {
    if (entry.override.client !== client) continue;
    const state = siteOverrideState(entry.override);
    if (state === 'active') {
      result.active.push(entry);
      Object.assign(result.lists, entry.override.lists);
    } else {
      result.ignored.push({ ...entry, state });
    }
  }
  return result;
}
