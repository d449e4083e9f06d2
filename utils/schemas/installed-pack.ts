import { z } from 'zod/mini';
import { phraseIdSchema } from './phrase';
import { wordingRuleIdSchema } from './risky-wording-finding';
import { customSiteSchema } from './pack-site';
import { storedTopicSchema } from './topic';
import { siteOverridesSchema } from './site-override';

export { customSiteSchema, matchPatternSchema, type CustomSite } from './pack-site';

/**
 * What the library remembers about an installed pack, and the parts of the pack file format
 * (pack.ts) it shares. Apart from pack.ts, whose rules bring the regex-safety checker along:
 * the options page and the popup read installed packs (getLibraryStatus) without it. A pack's
 * custom sites are in pack-site.ts: chat pages read those, and nothing else of a pack.
 */

export const packIdSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
    error: '话术包 id 只能用小写字母、数字、点、下划线和连字符，例如 "default-zh" / pack id: lowercase letters, digits, ".", "_", "-", e.g. "default-zh"',
  }),
);

export const packVersionSchema = z.string().check(
  z.regex(/^\d{1,9}(\.\d{1,9}){0,3}$/, {
    error: '版本号由数字和点组成，例如 "1.2.0" 或 "2026.11.23" / version: digits and dots, e.g. "1.2.0"',
  }),
);

/** How big a pack may be: a team library is thousands of phrases, not millions. */
export const PACK_LIMITS = Object.freeze({
  phrases: 20_000,
  categories: 200,
  topics: 1000,
  rules: 500,
  sites: 50,
});

/** Phrases and rules agents may not edit (phrases) or switch off (rules); ids inside this pack. */
export const packLocksSchema = z.object({
  phrases: z._default(z.array(phraseIdSchema).check(z.maxLength(PACK_LIMITS.phrases)), []),
  rules: z._default(z.array(wordingRuleIdSchema).check(z.maxLength(PACK_LIMITS.rules)), []),
});
export type PackLocks = z.infer<typeof packLocksSchema>;

export const PACK_LANGUAGES = ['zh-CN', 'en'] as const;

/** What the library remembers about an installed pack (its phrases live in the phrases table, its rules in rules). */
export const installedPackSchema = z.object({
  id: packIdSchema,
  name: z.string(),
  version: packVersionSchema,
  author: z.string(),
  description: z.optional(z.string()),
  language: z.enum(PACK_LANGUAGES),
  installedAt: z.number(),
  /** When this version replaced an earlier one (absent for a first install). */
  updatedAt: z.optional(z.number()),
  /** Where it came from, e.g. the imported file's name; shown in the library manager. */
  source: z.optional(z.string().check(z.maxLength(300))),
  locked: z._default(packLocksSchema, { phrases: [], rules: [] }),
  sites: z._default(z.array(customSiteSchema), []),
  /** Topics the pack declared (format 2), for their labels. */
  topics: z._default(z.array(storedTopicSchema), []),
  /** Selector overrides the pack carries (format 4); mirrored to storage.local for chat pages. */
  siteOverrides: z._default(siteOverridesSchema, []),
});
export type InstalledPack = z.infer<typeof installedPackSchema>;
