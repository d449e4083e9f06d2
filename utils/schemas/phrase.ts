import { z } from 'zod/mini';
import { categoryIdSchema } from './category';
import { orderStateSchema } from './order-state';
import { PRODUCT_LIMITS, productNameSchema } from './product-name';
import { unknownKeysError } from './strict';
import { topicIdSchema } from './topic';

/**
 * Placeholders a phrase may contain, filled at insertion time. A phrase declares its
 * placeholders by writing them in its text (e.g. "欢迎光临{店铺名}"); `placeholdersIn` reads them.
 * {金额} {天数} {时间} (like {日期}) are blanks for this buyer's own data, which the agent looks up
 * and types: they are selected after insertion and stop a send while they stand.
 */
export const PLACEHOLDER_NAMES = ['店铺名', '客服名', '买家', '订单号', '日期', '金额', '天数', '时间'] as const;
/**
 * Product placeholders (pack format 3): `{商品.名称}` is the chat's recognised product's name,
 * `{商品.保修}` … its facts (the SKU's where the chat shows one). The worker fills them before a
 * suggestion leaves it; a phrase whose fact the product lacks is not suggested.
 */
export const PRODUCT_PLACEHOLDER_PREFIX = '商品.';
export const placeholderNameSchema = z.enum(PLACEHOLDER_NAMES);
export type PlaceholderName = z.infer<typeof placeholderNameSchema>;

const PLACEHOLDER_PATTERN = /\{([^{}]{1,24})\}/g;

/** The fact names a text's `{商品.X}` placeholders ask for (名称 included). */
export function productFactsIn(text: string): string[] {
  return placeholdersIn(text)
    .filter((name) => name.startsWith(PRODUCT_PLACEHOLDER_PREFIX))
    .map((name) => name.slice(PRODUCT_PLACEHOLDER_PREFIX.length));
}

const PRODUCT_PLACEHOLDER = /^商品\.[^{}.|\s]{1,16}$/;

export function isKnownPlaceholder(name: string): boolean {
  return (PLACEHOLDER_NAMES as readonly string[]).includes(name) || PRODUCT_PLACEHOLDER.test(name);
}

export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER_PATTERN), (m) => m[1] ?? ''))];
}

export const phraseIdSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, {
    error: '话术 id 只能用字母、数字、点、下划线和连字符，例如 "greeting-001" / phrase id: letters, digits, ".", "_", "-", e.g. "greeting-001"',
  }),
);

export const shortcutSchema = z.string().check(
  z.regex(/^[a-z0-9]{1,16}$/, {
    error: '快捷编码只能用小写字母和数字，最长 16 位，例如 "hy" / shortcut: up to 16 lowercase letters or digits, e.g. "hy"',
  }),
);

/** A phrase as written in a pack file: the pack it belongs to is implied by the file. */
export const packPhraseSchema = z.strictObject(
  {
    id: phraseIdSchema,
    text: z.string().check(
      z.trim(),
      z.minLength(1, { error: '话术内容不能为空，例如 "亲，在的～" / phrase text must not be empty' }),
      z.maxLength(500, { error: '话术最长 500 个字符 / phrase text is at most 500 characters' }),
      z.refine((text) => placeholdersIn(text).every(isKnownPlaceholder), {
        error: `话术里的占位符只能是 ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(' ')} 或商品参数 {商品.参数名}，例如 "欢迎光临{店铺名}"、"这款保修{商品.保修}" / unknown placeholder`,
      }),
    ),
    category: categoryIdSchema,
    /** How buyers ask for this reply, in their own colloquial words; the engine matches these. */
    triggers: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(200)), []),
    shortcut: z.optional(shortcutSchema),
    tags: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))).check(z.maxLength(20)), []),
    /** The topic under its category (format 2); absent, the phrase stands in the category's general topic. */
    topic: z.optional(topicIdSchema),
    /**
     * Order states the phrase presumes (format 2): it is suggested only when the conversation shows
     * them (a platform notice, or the agent's own earlier turn).
     */
    requires: z.optional(z.array(orderStateSchema).check(z.minLength(1), z.maxLength(7))),
    /**
     * The products it answers for (format 3), by product name in the pack: suggested only when
     * the chat's product is recognised as one of them. Absent: any product.
     */
    products: z.optional(z.array(productNameSchema).check(z.minLength(1), z.maxLength(PRODUCT_LIMITS.phraseProducts))),
    /**
     * A holding reply (format 3): it says the agent is checking, or asks for the details needed,
     * without answering. Put first when nothing in the library answers the question.
     */
    holding: z.optional(z.boolean()),
  },
  { error: unknownKeysError },
);
export type PackPhrase = z.infer<typeof packPhraseSchema>;

/** Packs agents' own phrases live in. */
export const PERSONAL_PACK_ID = 'personal';

/**
 * A phrase in the library: a pack phrase plus where it came from. `uid` is `${packId}/${id}`.
 * Not strict: a row a newer build stored with a field this one does not know still reads (the
 * field is dropped); strictness is for pack files, which a lead can update instead.
 */
export const libraryPhraseSchema = z.object({
  ...packPhraseSchema.shape,
  uid: z.string().check(z.minLength(3)),
  packId: z.string().check(z.minLength(1)),
});
export type LibraryPhrase = z.infer<typeof libraryPhraseSchema>;

export function phraseUid(packId: string, phraseId: string): string {
  return `${packId}/${phraseId}`;
}
