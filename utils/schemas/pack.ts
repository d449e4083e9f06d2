import { z } from 'zod';
import { BUILT_IN_CATEGORY_IDS, categorySchema } from './category';
import { customSiteSchema, PACK_LANGUAGES, PACK_LIMITS, packIdSchema, packLocksSchema, packVersionSchema } from './installed-pack';
import { packPhraseSchema } from './phrase';
import { wordingRuleSchema } from './risky-wording-rule';
import { unknownKeysError } from './strict';
import { PRODUCT_LIMITS, productSchema } from './product';
import { BUILT_IN_TOPICS } from './built-in-topics';
import { topicSchema } from './topic';
import { siteOverridesSchema } from './site-override';

// The pack format's parts that the library keeps about an installed pack (and that chat pages
// read) live in installed-pack.ts, free of the rules' regex-safety checker.
export * from './installed-pack';

/** The pack file formats this version reads; files are written in the newest. */
export const PACK_FORMATS = [1, 2, 3, 4] as const;
export const NEWEST_PACK_FORMAT = 4;

/**
 * Pack file formats 1 to 4: format 2 adds `topics` and, per phrase, `topic` and `requires`
 * (format-1 files simply have none); format 3 adds `products` (utils/schemas/product.ts) and,
 * per phrase, `products` (the products it answers for) and `holding`; format 4 adds
 * `siteOverrides` (utils/schemas/site-override.ts: replacements of stock clients' selector lists).
 * Strict: a field this version does not know is refused
 * with a message to update the extension, never silently dropped; utils/packs/read-pack-json.ts
 * refuses a newer format number the same way.
 */
const packShape = z
  .strictObject({
    format: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '话术包格式 format 是 1、2、3 或 4，例如 "format": 4 / "format" is 1, 2, 3 or 4' }),
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
    /** The shop's products, their facts and SKUs (format 3); phrases name them in `products`. */
    products: z.array(productSchema).max(PRODUCT_LIMITS.products, {
      error: `一个话术包最多 ${PRODUCT_LIMITS.products} 个商品；请拆成几个包 / a pack holds at most ${PRODUCT_LIMITS.products} products`,
    }).default([]),
    /** Replacements of stock clients' named selector lists (format 4), applied on chat pages' next load. */
    siteOverrides: z._default(siteOverridesSchema, []),
  }, { error: unknownKeysError });

export const packSchema = packShape
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
    checkProducts(pack, ctx);
    if (pack.format < 4 && pack.siteOverrides.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['siteOverrides'],
        message: '选择器替换 siteOverrides 需要话术包格式 4，例如 "format": 4 / "siteOverrides" needs "format": 4',
      });
    }
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

/** Products are format 3; names are unique, SKU names unique per product, and phrases name only products the pack has. */
function checkProducts(pack: z.output<typeof packShape>, ctx: z.RefinementCtx): void {
  if (pack.format < 3) {
    if (pack.products.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['products'], message: '商品需要话术包格式 3，例如 "format": 3 / products need "format": 3' });
    }
    pack.phrases.forEach((phrase, index) => {
      for (const field of ['products', 'holding'] as const) {
        if (phrase[field] !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['phrases', index, field], message: `话术的 ${field} 需要话术包格式 3，例如 "format": 3 / "${field}" needs "format": 3` });
        }
      }
    });
  }
  const names = new Set<string>();
  pack.products.forEach((product, index) => {
    if (names.has(product.name)) {
      ctx.addIssue({ code: 'custom', path: ['products', index, 'name'], message: `商品名称 "${product.name}" 重复；同一个包里商品名称必须唯一，例如加上规格 "${product.name} 500ml" / duplicate product name` });
    }
    names.add(product.name);
    const skus = new Set<string>();
    product.skus.forEach((sku, skuIndex) => {
      if (skus.has(sku.name)) {
        ctx.addIssue({ code: 'custom', path: ['products', index, 'skus', skuIndex, 'name'], message: `商品 "${product.name}" 的 SKU "${sku.name}" 重复 / duplicate SKU "${sku.name}"` });
      }
      skus.add(sku.name);
    });
  });
  pack.phrases.forEach((phrase, index) => {
    phrase.products?.forEach((name, productIndex) => {
      if (!names.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', index, 'products', productIndex],
          message: `话术适用的商品 "${name}" 不在这个包的 products 里；请写包内商品的名称，例如 "${pack.products[0]?.name ?? '儿童保温杯'}" / product "${name}" is not among this pack's products`,
        });
      }
    });
  });
}

function reportDuplicates(ctx: z.RefinementCtx, ids: readonly string[], field: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `${what} "${id}" 重复，每个必须唯一 / duplicate ${field} id "${id}"` });
    }
    seen.add(id);
  });
}
