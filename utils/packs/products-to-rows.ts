import type { Product } from '../schemas/product';
import { PRODUCT_EXPORT_HEADERS, PRODUCT_EXPORT_ORDER, formatItemIds } from './product-columns';

/**
 * Every fact name of the products and their SKUs: the sheet's fact columns. An import reads each
 * product's facts in column order, so the columns keep every product's own order where they can
 * (a topological order of "comes before" within each product, ties by first appearance); when
 * products disagree (保修 before 材质 in one, after it in another), by first appearance.
 */
export function factColumns(products: readonly Product[]): string[] {
  const orders = products.flatMap((product) => [Object.keys(product.facts), ...product.skus.map((sku) => Object.keys(sku.facts))]);
  const firstSeen = [...new Set(orders.flat())];
  const after = new Map(firstSeen.map((name) => [name, new Set<string>()]));
  const before = new Map(firstSeen.map((name) => [name, 0]));
  for (const order of orders) {
    order.forEach((name, index) => {
      const next = order[index + 1];
      if (next === undefined || after.get(name)?.has(next)) return;
      after.get(name)?.add(next);
      before.set(next, (before.get(next) ?? 0) + 1);
    });
  }
  const columns: string[] = [];
  const placed = new Set<string>();
  while (columns.length < firstSeen.length) {
    const ready = firstSeen.find((name) => !placed.has(name) && before.get(name) === 0);
    if (ready === undefined) return firstSeen;
    columns.push(ready);
    placed.add(ready);
    for (const next of after.get(ready) ?? []) before.set(next, (before.get(next) ?? 0) - 1);
  }
  return columns;
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
