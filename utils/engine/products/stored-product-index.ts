import { z } from 'zod';
import { libraryProductSchema } from '../../schemas/product';
import type { ProductIndex } from './product-index';

// The product part of a stored library index (stored-library-index.ts reads the whole): parsed,
// then every cross reference checked, because recognition indexes these arrays unchecked.

const uint32s = z.instanceof(Uint32Array);

export const storedProductIndexSchema = z.object({
  items: z.array(libraryProductSchema),
  idKeys: z.array(z.string()),
  idProducts: uint32s,
  termProducts: uint32s,
  termGramCounts: uint32s,
  gramCodes: z.instanceof(Float64Array),
  gramStarts: uint32s,
  gramTerms: uint32s,
  phraseFlags: z.instanceof(Uint8Array),
  productPhraseStarts: uint32s,
  productPhraseList: uint32s,
  factPhraseList: uint32s,
});

interface NumberArray {
  readonly length: number;
  readonly [index: number]: number;
}

/** The first inconsistency of a stored product index over `phrases` phrases, or undefined. */
export function productIndexProblem(index: ProductIndex, phrases: number): string | undefined {
  const products = index.items.length;
  const terms = index.termProducts.length;
  const problems: (() => string | undefined)[] = [
    () => (index.idKeys.length === index.idProducts.length ? undefined : 'products.idProducts differs in length from products.idKeys'),
    () => (index.idKeys.every((key, at) => at === 0 || (index.idKeys[at - 1] ?? '') <= key) ? undefined : 'products.idKeys are not sorted'),
    () => bound('products.idProducts', index.idProducts, products),
    () => bound('products.termProducts', index.termProducts, products),
    () => (index.termGramCounts.length === terms ? undefined : `products.termGramCounts has ${index.termGramCounts.length} entries, expected ${terms}`),
    () => (index.gramCodes.every((code, at) => at === 0 || code > (index.gramCodes[at - 1] ?? 0)) ? undefined : 'products.gramCodes are not ascending'),
    () => starts('products.gramStarts', index.gramStarts, index.gramCodes.length, index.gramTerms.length) ?? bound('products.gramTerms', index.gramTerms, terms),
    () => (index.phraseFlags.length === phrases ? undefined : `products.phraseFlags has ${index.phraseFlags.length} entries, expected ${phrases}`),
    () =>
      starts('products.productPhraseStarts', index.productPhraseStarts, products, index.productPhraseList.length) ??
      bound('products.productPhraseList', index.productPhraseList, phrases),
    () => bound('products.factPhraseList', index.factPhraseList, phrases),
  ];
  for (const problem of problems) {
    const found = problem();
    if (found !== undefined) return found;
  }
  return undefined;
}

function bound(name: string, values: NumberArray, limit: number): string | undefined {
  for (let i = 0; i < values.length; i += 1) if ((values[i] ?? limit) >= limit) return `${name}[${i}] is ${values[i]}, beyond ${limit - 1}`;
  return undefined;
}

function starts(name: string, values: NumberArray, count: number, total: number): string | undefined {
  if (values.length !== count + 1) return `${name} has ${values.length} entries, expected ${count + 1}`;
  if (values[0] !== 0 || values[count] !== total) return `${name} does not run from 0 to ${total}`;
  for (let i = 1; i < values.length; i += 1) if ((values[i] ?? 0) < (values[i - 1] ?? 0)) return `${name} falls at ${i}`;
  return undefined;
}
