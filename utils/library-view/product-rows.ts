import type { Pack } from '../schemas/pack';
import type { PackPhrase } from '../schemas/phrase';
import { productUid, type Product, type ProductIdRef } from '../schemas/product';

/** One row of the console's products table: a product, its pack, and the phrases scoped to it. */
export interface ProductRow {
  uid: string;
  packId: string;
  packName: string;
  product: Product;
  /** The pack's phrases that answer for this product (by name), in pack order. */
  scoped: PackPhrase[];
}

/** Every product of the packs, in pack order, each with the phrases scoped to it. */
export function productRows(packs: readonly Pack[]): ProductRow[] {
  return packs.flatMap((pack) => {
    const scoped = new Map<string, PackPhrase[]>();
    for (const phrase of pack.phrases) {
      for (const name of phrase.products ?? []) scoped.set(name, [...(scoped.get(name) ?? []), phrase]);
    }
    return pack.products.map((product) => ({
      uid: productUid(pack.id, product.name),
      packId: pack.id,
      packName: pack.name,
      product,
      scoped: scoped.get(product.name) ?? [],
    }));
  });
}

/** A platform item id as the spreadsheet's 平台商品ID column writes it: platform first, `pdd:6524871930`. */
export function formatProductId(ref: ProductIdRef): string {
  return `${ref.platform}:${ref.itemId}`;
}

/** What the table's search box looks in: the name, keywords, item ids, facts, SKUs and the pack. */
export function productSearchTexts(row: ProductRow): string[] {
  const { product } = row;
  return [
    product.name,
    row.packName,
    ...product.keywords,
    ...product.ids.map(formatProductId),
    ...Object.entries(product.facts).map(([name, value]) => `${name} ${value}`),
    ...product.skus.flatMap((sku) => [sku.name, ...Object.values(sku.facts)]),
  ];
}
