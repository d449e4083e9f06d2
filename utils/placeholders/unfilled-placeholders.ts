import { PLACEHOLDER_NAMES, PRODUCT_PLACEHOLDER_PREFIX, type PlaceholderName } from '../schemas/phrase';

/** `商品.保修` …: a product fact, filled by the worker when the chat's product has it (product-placeholders.ts). */
export type ProductPlaceholderName = `${typeof PRODUCT_PLACEHOLDER_PREFIX}${string}`;
/** A placeholder as it stands in a phrase, between its braces. */
export type AnyPlaceholderName = PlaceholderName | ProductPlaceholderName;

/**
 * Every placeholder the library knows, as it stands in a phrase: `{店铺名}` … `{时间}`, and the
 * product's `{商品.名称}`, `{商品.保修}` … (fact names as utils/schemas/product.ts allows them).
 */
export const PLACEHOLDER_TOKEN = new RegExp(`\\{(${PLACEHOLDER_NAMES.join('|')}|商品\\.[^{}.|\\s]{1,16})\\}`, 'gu');

/**
 * Placeholders still standing in a draft, e.g. "预计{日期}到仓" → ["日期"]. A draft holding one
 * must not be sent: the buyer would read the raw `{日期}`. Only the library's own placeholder
 * names count; a buyer's "{笑}" pasted into a reply is left alone. A `{商品.保修}` the worker
 * could not fill (the `/` picker, popup search, no product recognised) is such a blank too.
 */
export function unfilledPlaceholdersIn(draft: string): AnyPlaceholderName[] {
  return [...new Set(Array.from(draft.matchAll(PLACEHOLDER_TOKEN), (match) => match[1] as AnyPlaceholderName))];
}

export function hasUnfilledPlaceholder(draft: string): boolean {
  return unfilledPlaceholdersIn(draft).length > 0;
}
