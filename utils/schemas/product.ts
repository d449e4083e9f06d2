import { z } from 'zod/mini';
import { PRODUCT_LIMITS, productNameSchema } from './product-name';
import { unknownKeysError } from './strict';

// The parts a chat page parses live in modules of their own (zod/mini schemas are calls run on
// import, so the page would carry every schema of a module it imports); re-exported here so
// the pack side keeps one place to import products from.
export { PRODUCT_LIMITS, productNameSchema } from './product-name';
export { suggestedProductSchema, threadProductSchema, type SuggestedProduct, type ThreadProduct } from './chat-product';

/**
 * Products a team knows about (pack format 3): what the buyer is looking at, recognised in the
 * chat by its title or platform item id, and the facts the shop keeps about it (材质, 尺码, 保修 …).
 * A product is named, not numbered: spreadsheets and phrases' `products` refer to it by name (or
 * by one of its platform item ids), so its name is unique within a pack.
 */

/** The seller platforms an item id belongs to: 淘宝/天猫 (千牛), 京东, 拼多多, 抖音 (抖店), 快手. */
export const PRODUCT_PLATFORMS = ['taobao', 'jd', 'pdd', 'douyin', 'kuaishou'] as const;
export const productPlatformSchema = z.enum(PRODUCT_PLATFORMS, {
  error: `平台只能是 ${PRODUCT_PLATFORMS.join(' / ')} 之一，例如 "pdd" / platform is one of ${PRODUCT_PLATFORMS.join(', ')}`,
});
export type ProductPlatform = z.infer<typeof productPlatformSchema>;

/** The stock chat clients' site ids and the platform whose item ids their cards show. */
export const SITE_PLATFORMS: Readonly<Record<string, ProductPlatform>> = Object.freeze({
  qianniu: 'taobao',
  'jd-dongdong': 'jd',
  pinduoduo: 'pdd',
  feige: 'douyin',
  kuaishou: 'kuaishou',
});

/**
 * A fact's name is what a phrase writes in `{商品.保修}`: short, without braces or dots. 名称 is
 * the product's own name (`{商品.名称}`), never a fact.
 */
export const factNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: '参数名不能为空，例如 "保修" / a fact needs a name, e.g. "保修"' }),
  z.maxLength(16, { error: '参数名最长 16 个字符，例如 "保修" / a fact name is at most 16 characters, e.g. "保修"' }),
  z.regex(/^[^{}.|\s]+$/, { error: '参数名不能含 { } . | 或空格，例如 "使用方法" / a fact name has no { } . | or spaces, e.g. "使用方法"' }),
  z.refine((name) => name !== PRODUCT_NAME_FACT, { error: '"名称" 是商品名称本身，不能作参数名 / "名称" is the product\'s name, not a fact' }),
  // Facts are kept by name in plain objects: a name every object already has (constructor,
  // toString, __proto__) would read as a fact a product does not have, or vanish on import.
  z.refine((name) => !(name in Object.prototype), {
    error: '参数名不能用 constructor、toString、__proto__ 这类程序保留名，请换成中文名，例如 "保修" / a fact cannot be named after a built-in such as constructor or toString; use a name like "保修"',
  }),
);

/** `{商品.名称}` is the recognised product's name. */
export const PRODUCT_NAME_FACT = '名称';

export const factValueSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: '参数值不能为空；没有就不写这一项，例如 "整机保修一年" / a fact value must not be empty; leave the fact out instead' }),
  z.maxLength(500, { error: '参数值最长 500 个字符 / a fact value is at most 500 characters' }),
);

/**
 * Facts by name. Keys are checked here rather than by the record's key schema, so a bad name is
 * reported with its own message (zod reports a failed record key only as "Invalid key").
 */
export const productFactsSchema = z.record(z.string(), factValueSchema).check(
  z.superRefine((facts, ctx) => {
    const names = Object.keys(facts);
    if (names.length > PRODUCT_LIMITS.facts) {
      ctx.addIssue({ code: 'custom', message: `一个商品最多 ${PRODUCT_LIMITS.facts} 项参数 / at most ${PRODUCT_LIMITS.facts} facts per product`, input: facts });
    }
    for (const name of names) {
      const parsed = factNameSchema.safeParse(name);
      if (!parsed.success) ctx.addIssue({ code: 'custom', path: [name], message: parsed.error.issues[0]?.message ?? 'bad fact name', input: name });
    }
  }),
);
export type ProductFacts = z.infer<typeof productFactsSchema>;

export const itemIdSchema = z.string().check(
  z.trim(),
  z.regex(/^[A-Za-z0-9_-]{1,40}$/, { error: '商品 ID 是平台上的编号（字母、数字），例如 "6524871930" / an item id is the platform\'s number, e.g. "6524871930"' }),
);

export const productIdRefSchema = z.strictObject(
  { platform: productPlatformSchema, itemId: itemIdSchema },
  { error: unknownKeysError },
);
export type ProductIdRef = z.infer<typeof productIdRefSchema>;

const keywordSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

/** A variant (size, colour, capacity) whose facts override the product's. */
export const productSkuSchema = z.strictObject(
  {
    /** As the client shows it, e.g. "黑色 XL" or "1.5L"; unique within its product. */
    name: z.string().check(z.trim(), z.minLength(1, { error: 'SKU 名称不能为空，例如 "黑色 XL" / a SKU needs a name, e.g. "黑色 XL"' }), z.maxLength(80)),
    facts: z._default(productFactsSchema, {}),
  },
  { error: unknownKeysError },
);
export type ProductSku = z.infer<typeof productSkuSchema>;

export const productSchema = z.strictObject(
  {
    name: productNameSchema,
    /** Words that recognise it in a chat's truncated, decorated titles (e.g. "保温杯", "316"). */
    keywords: z._default(z.array(keywordSchema).check(z.maxLength(PRODUCT_LIMITS.keywords)), []),
    ids: z._default(z.array(productIdRefSchema).check(z.maxLength(PRODUCT_LIMITS.ids)), []),
    facts: z._default(productFactsSchema, {}),
    skus: z._default(z.array(productSkuSchema).check(z.maxLength(PRODUCT_LIMITS.skus)), []),
  },
  { error: unknownKeysError },
);
export type Product = z.infer<typeof productSchema>;
export type ProductInput = z.input<typeof productSchema>;

/** A product as the library keeps it: plus its pack. `uid` is `${packId}/${name}`. */
export const libraryProductSchema = z.object({
  ...productSchema.shape,
  uid: z.string().check(z.minLength(3)),
  packId: z.string().check(z.minLength(1)),
});
export type LibraryProduct = z.infer<typeof libraryProductSchema>;

export function productUid(packId: string, name: string): string {
  return `${packId}/${name}`;
}
