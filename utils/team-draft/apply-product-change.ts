import { NEWEST_PACK_FORMAT, type Pack } from '../schemas/pack';
import type { PackPhrase } from '../schemas/phrase';
import type { Product } from '../schemas/product';
import { DraftChangeError } from './draft-change-error';

/** At most this many names in a refusal: enough to find them, short enough to read. */
const NAMED = 5;
const listed = (names: readonly string[]): string => names.slice(0, NAMED).map((name) => `"${name}"`).join('、') + (names.length > NAMED ? ' …' : '');

/** A phrase with these products as its scope; none leaves it unscoped (it answers for any product). */
export function withScope(phrase: PackPhrase, products: readonly string[]): PackPhrase {
  const { products: _products, ...rest } = phrase;
  return products.length === 0 ? rest : { ...rest, products: [...products] };
}

/**
 * Products (and holding replies) need pack format 3 or later: a draft of an older pack is raised
 * to the newest with its first product or holding reply (exports are written in it anyway).
 */
export function raised(pack: Pack): Pack {
  return pack.format < NEWEST_PACK_FORMAT ? { ...pack, format: NEWEST_PACK_FORMAT } : pack;
}

/**
 * `product-put`: a product added (no `name`) at the end, or replaced in its place. A rename
 * carries the phrases scoped to the old name over to the new one, so no scope is lost.
 */
export function putProduct(pack: Pack, previousName: string | undefined, product: Product): Pack {
  if (previousName === undefined) return { ...raised(pack), products: [...pack.products, product] };
  const index = pack.products.findIndex((entry) => entry.name === previousName);
  if (index < 0) {
    throw new DraftChangeError(`话术包「${pack.name}」里没有商品 "${previousName}"；请刷新后再改 / pack "${pack.id}" has no product "${previousName}"`, 'name');
  }
  const products = pack.products.map((entry, at) => (at === index ? product : entry));
  if (product.name === previousName) return { ...pack, products };
  const phrases = pack.phrases.map((phrase) =>
    phrase.products?.includes(previousName) ? { ...phrase, products: phrase.products.map((name) => (name === previousName ? product.name : name)) } : phrase,
  );
  return { ...pack, products, phrases };
}

/**
 * `product-delete`: the products go, and leave the scopes of the phrases that also name other
 * products. A phrase scoped to deleted products ALONE is refused rather than made to answer for
 * any product: its wording is about that product ("这款杯子保修一年") and would reach buyers of
 * every other one. The lead deletes the phrase or gives it another product first.
 */
export function deleteProducts(pack: Pack, names: readonly string[]): Pack {
  const known = new Set(pack.products.map((product) => product.name));
  const missing = names.filter((name) => !known.has(name));
  if (missing.length > 0) {
    throw new DraftChangeError(`话术包「${pack.name}」里没有商品 ${listed(missing)}；请刷新后再改 / pack "${pack.id}" has no product ${missing.slice(0, NAMED).join(', ')}`);
  }
  const gone = new Set(names);
  const orphans = pack.phrases.filter((phrase) => phrase.products !== undefined && phrase.products.every((name) => gone.has(name)));
  if (orphans.length > 0) {
    const ids = orphans.map((phrase) => phrase.id);
    throw new DraftChangeError(
      `话术 ${listed(ids)} 只适用于要删除的商品；请先删除这些话术，或把它们的适用商品改成别的商品，再删除商品 / phrases ${ids.slice(0, NAMED).join(', ')} answer only for the products being deleted: delete them or scope them to another product first`,
      'products',
    );
  }
  return {
    ...pack,
    products: pack.products.filter((product) => !gone.has(product.name)),
    phrases: pack.phrases.map((phrase) => (phrase.products?.some((name) => gone.has(name)) ? withScope(phrase, phrase.products.filter((name) => !gone.has(name))) : phrase)),
  };
}

/**
 * The products of the draft that differ from the installed pack's (new, renamed or edited), by
 * name: the products table marks them as unpublished changes.
 */
export function changedProductNames(base: Pack, draft: Pack): Set<string> {
  const before = new Map(base.products.map((product) => [product.name, JSON.stringify(product)]));
  return new Set(draft.products.filter((product) => before.get(product.name) !== JSON.stringify(product)).map((product) => product.name));
}
