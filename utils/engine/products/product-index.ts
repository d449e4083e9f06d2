import { productFactsIn, type LibraryPhrase } from '../../schemas/phrase';
import { productUid, type LibraryProduct } from '../../schemas/product';
import { normalizeProductTitle, titleGrams } from './product-title';

/**
 * What recognising the chat's product and answering from it read, built with the library index
 * and stored with it (utils/index-store/): typed arrays and the products as plain objects, so a
 * woken worker reads it back instead of rebuilding it.
 */
export interface ProductIndex {
  /** The library's products in library order (pack order, then the pack's own). */
  items: LibraryProduct[];
  /** `platform:itemId`, sorted, and the product each names (same order). */
  idKeys: string[];
  idProducts: Uint32Array;
  /** Recognition terms (each product's name and keywords, normalised): their product and grams. */
  termProducts: Uint32Array;
  termGramCounts: Uint32Array;
  /** Bigram codes (gram-codes.ts) ascending; gram g is in terms gramTerms[gramStarts[g] .. gramStarts[g + 1]]. */
  gramCodes: Float64Array;
  gramStarts: Uint32Array;
  gramTerms: Uint32Array;
  /** Per phrase: PHRASE_FLAGS bits. */
  phraseFlags: Uint8Array;
  /** Phrases scoped to product p: productPhraseList[productPhraseStarts[p] .. productPhraseStarts[p + 1]], library order. */
  productPhraseStarts: Uint32Array;
  productPhraseList: Uint32Array;
  /** Phrases with `{商品.…}` placeholders that are not scoped (general fact phrases), library order. */
  factPhraseList: Uint32Array;
}

export const PHRASE_FLAGS = Object.freeze({
  /** Scoped to products (`products`): offered only when the chat's product is one of them. */
  scoped: 1,
  /** Uses `{商品.…}`: offered only when the chat's product is known and has those facts. */
  facts: 2,
  /** A holding reply (`holding: true`). */
  holding: 4,
});

/** Whether the pack marks the phrase at `position` as a holding reply (`holding: true`). */
export function isHoldingReply(products: ProductIndex, position: number): boolean {
  return ((products.phraseFlags[position] ?? 0) & PHRASE_FLAGS.holding) !== 0;
}

export function buildProductIndex(products: readonly LibraryProduct[], phrases: readonly LibraryPhrase[]): ProductIndex {
  const positions = new Map(products.map((product, position) => [product.uid, position]));
  const ids = products.flatMap((product, position) => product.ids.map(({ platform, itemId }) => ({ key: idKey(platform, itemId), position })));
  ids.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position));

  const termProducts: number[] = [];
  const termGramCounts: number[] = [];
  const postings = new Map<number, number[]>();
  products.forEach((product, position) => {
    for (const raw of new Set([product.name, ...product.keywords].map(normalizeProductTitle))) {
      const grams = titleGrams(raw);
      // A one-character term would recognise any title holding that character.
      if (grams.length === 0) continue;
      const term = termProducts.length;
      termProducts.push(position);
      termGramCounts.push(grams.length);
      for (const gram of grams) {
        const list = postings.get(gram);
        if (list) list.push(term);
        else postings.set(gram, [term]);
      }
    }
  });
  const gramCodes = Float64Array.from([...postings.keys()].sort((a, b) => a - b));
  const gramStarts = new Uint32Array(gramCodes.length + 1);
  const gramTerms: number[] = [];
  gramCodes.forEach((code, slot) => {
    for (const term of postings.get(code) ?? []) gramTerms.push(term);
    gramStarts[slot + 1] = gramTerms.length;
  });

  const phraseFlags = new Uint8Array(phrases.length);
  const scoped: number[][] = products.map(() => []);
  const factPhrases: number[] = [];
  phrases.forEach((phrase, at) => {
    let flags = phrase.holding === true ? PHRASE_FLAGS.holding : 0;
    if (productFactsIn(phrase.text).length > 0) flags |= PHRASE_FLAGS.facts;
    if (phrase.products !== undefined) {
      flags |= PHRASE_FLAGS.scoped;
      for (const name of phrase.products) scoped[positions.get(productUid(phrase.packId, name)) ?? -1]?.push(at);
    } else if ((flags & PHRASE_FLAGS.facts) !== 0) factPhrases.push(at);
    phraseFlags[at] = flags;
  });
  const productPhraseStarts = new Uint32Array(products.length + 1);
  scoped.forEach((list, position) => {
    productPhraseStarts[position + 1] = (productPhraseStarts[position] ?? 0) + list.length;
  });

  return {
    items: [...products],
    idKeys: ids.map(({ key }) => key),
    idProducts: Uint32Array.from(ids, ({ position }) => position),
    termProducts: Uint32Array.from(termProducts),
    termGramCounts: Uint32Array.from(termGramCounts),
    gramCodes,
    gramStarts,
    gramTerms: Uint32Array.from(gramTerms),
    phraseFlags,
    productPhraseStarts,
    productPhraseList: Uint32Array.from(scoped.flat()),
    factPhraseList: Uint32Array.from(factPhrases),
  };
}

export function idKey(platform: string, itemId: string): string {
  return `${platform}:${itemId.trim()}`;
}

/** The phrases scoped to the product at `position`. */
export function phrasesScopedTo(index: ProductIndex, position: number): Uint32Array {
  return index.productPhraseList.subarray(index.productPhraseStarts[position] ?? 0, index.productPhraseStarts[position + 1] ?? 0);
}
