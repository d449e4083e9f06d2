import { z } from 'zod/mini';

/**
 * A product's name and the catalogue's limits: what a phrase's `products` (pack format 3) is
 * checked with. Its own module because a chat page parses phrases (the `/` picker) and must not
 * carry the whole product schema for it (utils/schemas/product.ts re-exports these).
 */

export const PRODUCT_LIMITS = Object.freeze({
  /** A shop's catalogue in one pack; recognition is measured over 5,000. */
  products: 10_000,
  keywords: 30,
  ids: 20,
  facts: 60,
  skus: 200,
  /** Products one phrase may be scoped to. */
  phraseProducts: 200,
});

export const productNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: '商品名称不能为空，例如 "不锈钢保温杯 500ml" / a product needs a name, e.g. "不锈钢保温杯 500ml"' }),
  z.maxLength(120, { error: '商品名称最长 120 个字符 / a product name is at most 120 characters' }),
  z.regex(/^[^|{}\n\r\t]+$/, { error: '商品名称不能含 | { } 或换行（| 用来分隔多个商品），例如 "儿童保温杯" / a product name has no | { } or line breaks' }),
);

