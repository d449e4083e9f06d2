import type { Product } from '../schemas/product';
import { PRODUCT_EXPORT_HEADERS, PRODUCT_EXPORT_ORDER, formatItemIds } from './product-columns';

/** Every fact name of the products and their SKUs, in the order they first appear: the sheet's fact columns. */
export function factColumns(products: readonly Product[]): string[] {
  const names = new Set<string>();
  for (const product of products) {
    for (const name of Object.keys(product.facts)) names.add(name);
    for (const sku of product.skus) for (const name of Object.keys(sku.facts)) names.add(name);
  }
  return [...names];
}

/**
 * The products sheet an export writes (product-columns.ts): the product's row, then one row per
 * SKU with only the SKU's own facts filled, so importing it gives the same products back.
 */
export function productsToRows(products: readonly Product[]): string[][] {
  const facts = factColumns(products);
  const header = [...PRODUCT_EXPORT_ORDER.map((field) => PRODUCT_EXPORT_HEADERS[field]), ...facts];
  const rows = products.flatMap((product) => [
    [product.name, product.keywords.join('|'), formatItemIds(product.ids), '', ...facts.map((name) => product.facts[name] ?? '')],
    ...product.skus.map((sku) => [product.name, '', '', sku.name, ...facts.map((name) => sku.facts[name] ?? '')]),
  ]);
  return [header, ...rows];
}
