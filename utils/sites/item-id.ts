/**
 * A product's item id as a chat page shows it: in a data attribute of its card or panel, or in
 * the link to the item's page. Every platform's item ids are numbers in links (拼多多
 * `goods.html?goods_id=…`, 淘宝/天猫 `item.htm?id=…`, 京东 `item.jd.com/….html`, 抖店
 * `…/product/item2?id=…`, 快手 `…/detail?id=…`), so a link yields only digits: a query parameter
 * that happens to be called `id` but holds a token or a name is not an item id.
 */

/** What `itemIdSchema` (utils/schemas/product.ts) accepts: a pack can only name such ids. */
const ITEM_ID = /^[A-Za-z0-9_-]{1,40}$/;
const NUMERIC_ITEM_ID = /^\d{4,20}$/;

/** Data attributes pages put item ids in, most specific first. */
export const ITEM_ID_ATTRIBUTES = [
  'data-goods-id',
  'data-goodsid',
  'data-item-id',
  'data-itemid',
  'data-product-id',
  'data-productid',
  'data-sku-id',
  'data-skuid',
] as const;

/**
 * Query parameters naming the item, most specific first; then `id` (淘宝, 抖店, 快手); a SKU id
 * last: 天猫 links carry `skuId` beside the item's `id`, and a pack names the item.
 */
const ID_PARAMETERS = ['goods_id', 'goodsid', 'item_id', 'itemid', 'product_id', 'productid', 'id', 'sku_id', 'skuid'];

/** Paths ending in the item's number: `/item/123.html`, `item.jd.com/123.html`, `/goods/123`, `/product/123`. */
const ID_PATH = /\/(?:(?:item|items|goods|product|products|detail)\/)?(\d{4,20})(?:\.html?)?\/?$/i;

/** The item id in a link to an item page, or `undefined`. Relative links are read against `base`. */
export function itemIdFromLink(href: string, base = 'https://invalid.example/'): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // Parameter names in any case: `goodsId`, `itemId`, `skuId` are the camel-case spellings.
  const parameters = new Map(Array.from(url.searchParams, ([name, value]) => [name.toLowerCase(), value.trim()]));
  for (const name of ID_PARAMETERS) {
    const value = parameters.get(name);
    if (value && NUMERIC_ITEM_ID.test(value)) return value;
  }
  return ID_PATH.exec(url.pathname)?.[1];
}

/** An item id written in a data attribute, when it is one a pack could name. */
export function itemIdFromAttribute(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && ITEM_ID.test(trimmed) ? trimmed : undefined;
}

/**
 * The item id an element shows: its own data attribute or one inside it, else the first link
 * inside it (or around it) that names an item.
 */
export function itemIdOf(element: Element): string | undefined {
  for (const name of ITEM_ID_ATTRIBUTES) {
    const holder = element.hasAttribute(name) ? element : element.querySelector(`[${name}]`);
    const id = itemIdFromAttribute(holder?.getAttribute(name));
    if (id) return id;
  }
  const base = element.ownerDocument.location?.href;
  const links = [element.closest('a[href]'), ...Array.from(element.querySelectorAll('a[href]'))];
  for (const link of links) {
    const id = link ? itemIdFromLink(link.getAttribute('href') ?? '', base) : undefined;
    if (id) return id;
  }
  return undefined;
}
