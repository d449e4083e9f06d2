import { accumulatorFor } from '../accumulator';
import { slotOf } from '../gram-table';
import { SITE_PLATFORMS, PRODUCT_PLATFORMS, type LibraryProduct, type ProductSku, type ThreadProduct } from '../../schemas/product';
import { idKey, type ProductIndex } from './product-index';
import { normalizeProductTitle, normalizeSkuName, titleGrams } from './product-title';

/** The chat's product as the library knows it: its position in ProductIndex.items, and its SKU when one is shown. */
export interface RecognisedProduct {
  position: number;
  product: LibraryProduct;
  sku?: ProductSku;
}

/**
 * A name or keyword recognises a title when this share of the shorter of the two's grams are
 * shared: a title cut after 不锈钢保温杯 still names 不锈钢保温杯500ml, and a long decorated
 * title still holds all of a short keyword.
 */
const MIN_SHARE = 0.6;
/** Grams a term must share unless it is a single gram (a two-character keyword) found whole. */
const MIN_SHARED_GRAMS = 2;

/**
 * Which of the library's products the chat shows, or undefined: an item id on the thread's
 * platform wins; else the title is matched against names and keywords by shared bigrams. Two
 * products as close as each other, or none close enough, is undefined — an unrecognised product
 * changes nothing. Walks only the title's grams' postings (one binary search each).
 */
export function recogniseProduct(index: ProductIndex, shown: ThreadProduct | undefined, site: string): RecognisedProduct | undefined {
  if (shown === undefined || index.items.length === 0) return undefined;
  const position = byItemId(index, shown.itemId, site) ?? byTitle(index, shown.title);
  const product = position === undefined ? undefined : index.items[position];
  if (position === undefined || product === undefined) return undefined;
  const sku = skuOf(product, shown);
  return sku === undefined ? { position, product } : { position, product, sku };
}

function byItemId(index: ProductIndex, itemId: string | undefined, site: string): number | undefined {
  if (itemId === undefined || itemId.trim() === '') return undefined;
  const platform = SITE_PLATFORMS[site];
  // A site of no known platform (a lead's own chat site): an id only one product carries.
  const platforms = platform === undefined ? PRODUCT_PLATFORMS : [platform];
  const found = new Set<number>();
  for (const candidate of platforms) {
    const key = idKey(candidate, itemId);
    for (let at = lowerBound(index.idKeys, key); index.idKeys[at] === key; at += 1) found.add(index.idProducts[at] ?? 0);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function byTitle(index: ProductIndex, title: string): number | undefined {
  const grams = titleGrams(normalizeProductTitle(title));
  if (grams.length === 0) return undefined;
  // Reused per index: a 5,000-product catalogue has some 20,000 terms.
  const hits = accumulatorFor(index, 'product-terms', index.termProducts.length);
  for (const gram of grams) {
    const slot = slotOf(index.gramCodes, gram);
    if (slot < 0) continue;
    const end = index.gramStarts[slot + 1] ?? 0;
    for (let at = index.gramStarts[slot] ?? 0; at < end; at += 1) {
      const term = index.gramTerms[at] ?? 0;
      hits.add(term, 1);
    }
  }
  // Per product its closest term: share of the shorter side's grams, then grams shared.
  let best: { product: number; share: number; shared: number } | undefined;
  let tied = false;
  const bestOf = new Map<number, { share: number; shared: number }>();
  for (const term of hits.touched) {
    const shared = hits.get(term);
    const own = index.termGramCounts[term] ?? 0;
    const share = shared / Math.min(own, grams.length);
    if (share < MIN_SHARE || (shared < MIN_SHARED_GRAMS && own > 1)) continue;
    const product = index.termProducts[term] ?? 0;
    const previous = bestOf.get(product);
    if (previous === undefined || closer({ share, shared }, previous) > 0) bestOf.set(product, { share, shared });
  }
  for (const [product, closeness] of bestOf) {
    const order = best === undefined ? 1 : closer(closeness, best);
    if (order > 0) {
      best = { product, ...closeness };
      tied = false;
    } else if (order === 0) tied = true;
  }
  return best === undefined || tied ? undefined : best.product;
}

/** > 0 when a is closer than b, 0 when as close. */
function closer(a: { share: number; shared: number }, b: { share: number; shared: number }): number {
  if (Math.abs(a.share - b.share) > 1e-9) return a.share - b.share;
  return a.shared - b.shared;
}

/**
 * The SKU the chat shows: named by the client (颜色分类：黑色；尺码：XL), or a SKU's name found
 * in the title (保温杯 1.5L). The longest SKU name found wins; two as long is no SKU.
 */
function skuOf(product: LibraryProduct, shown: ThreadProduct): ProductSku | undefined {
  if (product.skus.length === 0) return undefined;
  const named = shown.sku === undefined ? '' : normalizeSkuName(shown.sku);
  if (named !== '') {
    const exact = product.skus.find((sku) => normalizeSkuName(sku.name) === named);
    if (exact !== undefined) return exact;
    const inside = longestFound(product.skus, named);
    if (inside !== undefined) return inside;
  }
  return longestFound(product.skus, normalizeSkuName(shown.title));
}

function longestFound(skus: readonly ProductSku[], text: string): ProductSku | undefined {
  let found: ProductSku | undefined;
  let length = 0;
  let tied = false;
  for (const sku of skus) {
    const name = normalizeSkuName(sku.name);
    if (name === '' || !text.includes(name)) continue;
    if (name.length > length) {
      found = sku;
      length = name.length;
      tied = false;
    } else if (name.length === length) tied = true;
  }
  return tied ? undefined : found;
}

function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? '') < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The product's facts with its SKU's applied, in the pack's order (a SKU's own facts after). */
export function factsOf(recognised: RecognisedProduct): { name: string; value: string }[] {
  const facts = new Map(Object.entries(recognised.product.facts));
  for (const [name, value] of Object.entries(recognised.sku?.facts ?? {})) facts.set(name, value);
  return [...facts].map(([name, value]) => ({ name, value }));
}
