import { z } from 'zod';
import { BUILT_IN_CATEGORY_IDS, categorySchema } from './category';
import { customSiteSchema, PACK_LANGUAGES, PACK_LIMITS, packIdSchema, packLocksSchema, packVersionSchema } from './installed-pack';
import { packPhraseSchema } from './phrase';
import { wordingRuleSchema } from './risky-wording-rule';
import { unknownKeysError } from './strict';
import { BUILT_IN_TOPICS, topicSchema } from './topic';

// The pack format's parts that the library keeps about an installed pack (and that chat pages
// read) live in installed-pack.ts, free of the rules' regex-safety checker.
export * from './installed-pack';

/** The pack file formats this version reads; files are written in the newest. */
export const PACK_FORMATS = [1, 2] as const;
export const NEWEST_PACK_FORMAT = 2;

/**
 * Pack file formats 1 and 2: format 2 adds `topics` and, per phrase, `topic` and `requires`
 * (format-1 files simply have none). Strict: a field this version does not know is refused
 * with a message to update the extension, never silently dropped; utils/packs/read-pack-json.ts
 * refuses a newer format number the same way.
 */
export const packSchema = z
  .strictObject({
    format: z.union([z.literal(1), z.literal(2)], { error: '话术包格式 format 是 1 或 2，例如 "format": 2 / "format" is 1 or 2' }),
    id: packIdSchema,
    name: z.string().trim().min(1).max(80),
    version: packVersionSchema,
    author: z.string().trim().min(1).max(80),
    description: z.string().max(2000).optional(),
    language: z.enum(PACK_LANGUAGES).default('zh-CN'),
    categories: z.array(categorySchema).max(PACK_LIMITS.categories).default([]),
    /** Topics this pack adds under built-in or declared categories (format 2). */
    topics: z.array(topicSchema).max(PACK_LIMITS.topics).default([]),
    phrases: z.array(packPhraseSchema).max(PACK_LIMITS.phrases, {
      error: `一个话术包最多 ${PACK_LIMITS.phrases} 条话术；请拆成几个包 / a pack holds at most ${PACK_LIMITS.phrases} phrases; split it`,
    }),
    /** Wording rules the team adds to the shipped ones (checked in every draft once installed). */
    rules: z.array(wordingRuleSchema).max(PACK_LIMITS.rules).default([]),
    sites: z.array(customSiteSchema).max(PACK_LIMITS.sites).default([]),
    locked: z._default(packLocksSchema, { phrases: [], rules: [] }),
  }, { error: unknownKeysError })
  .superRefine((pack, ctx) => {
    const known = new Set<string>([...BUILT_IN_CATEGORY_IDS, ...pack.categories.map((c) => c.id)]);
    const topics = new Map([...BUILT_IN_TOPICS, ...pack.topics].map((topic) => [topic.id, topic.category]));
    pack.topics.forEach((topic, index) => {
      if (!known.has(topic.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', index, 'category'],
          message: `子类 "${topic.id}" 的分类 "${topic.category}" 既不是内置分类，也没有在包的 categories 里声明 / unknown category of topic "${topic.id}"`,
        });
      }
    });
    const seen = new Set<string>();
    pack.phrases.forEach((phrase, index) => {
      if (seen.has(phrase.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', index, 'id'],
          message: `话术 id "${phrase.id}" 重复；每条话术的 id 在包内必须唯一，例如 "greeting-002" / duplicate phrase id`,
        });
      }
      seen.add(phrase.id);
      if (phrase.topic !== undefined && topics.get(phrase.topic) !== phrase.category) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', index, 'topic'],
          message: topics.has(phrase.topic)
            ? `子类 "${phrase.topic}" 属于分类 "${topics.get(phrase.topic)}"，不属于 "${phrase.category}" / topic "${phrase.topic}" belongs to another category`
            : `子类 "${phrase.topic}" 既不是内置子类，也没有在包的 topics 里声明；请先声明，例如 {"id":"${phrase.category}.my-topic","category":"${phrase.category}","labels":{"zh-CN":"…"}} / unknown topic`,
        });
      }
      if (!known.has(phrase.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', index, 'category'],
          message: `分类 "${phrase.category}" 既不是内置分类，也没有在包的 categories 里声明；请先声明，例如 {"id":"${phrase.category}","labels":{"zh-CN":"…"}} / unknown category`,
        });
      }
    });
    reportDuplicates(ctx, pack.categories.map((c) => c.id), 'categories', '分类 id / category id');
    reportDuplicates(ctx, pack.topics.map((t) => t.id), 'topics', '子类 id / topic id');
    reportDuplicates(ctx, pack.rules.map((r) => r.id), 'rules', '规则 id / rule id');
    reportDuplicates(ctx, pack.sites.map((s) => s.id), 'sites', '站点 id / site id');
    const ruleIds = new Set(pack.rules.map((rule) => rule.id));
    pack.locked.phrases.forEach((id, index) => {
      if (!seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locked', 'phrases', index],
          message: `锁定的话术 "${id}" 不在这个包里；只能锁定包内话术的 id，例如 "greeting-001" / locked phrase "${id}" is not in this pack`,
        });
      }
    });
    pack.locked.rules.forEach((id, index) => {
      if (!ruleIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locked', 'rules', index],
          message: `锁定的规则 "${id}" 不在这个包的 rules 里 / locked rule "${id}" is not among this pack's rules`,
        });
      }
    });
  });
export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;

function reportDuplicates(ctx: z.RefinementCtx, ids: readonly string[], field: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `${what} "${id}" 重复，每个必须唯一 / duplicate ${field} id "${id}"` });
    }
    seen.add(id);
  });
}
