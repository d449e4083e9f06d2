import { PRODUCT_NAME_FACT, type SuggestedProduct } from '../schemas/product';
import { PRODUCT_PLACEHOLDER_PREFIX } from '../schemas/phrase';
import type { SuggestResult } from '../schemas/suggestion';

const PRODUCT_TOKEN = /\{商品\.([^{}.|\s]{1,16})\}/gu;

/**
 * `{商品.名称}` and `{商品.保修}` … filled from the chat's recognised product (its SKU's facts
 * applied). A fact the product lacks stays as written: a blank the agent fills, which the send
 * guard holds back (the engine never suggests such a phrase; the `/` picker and search may show it).
 */
export function fillProductPlaceholders(text: string, product: Pick<SuggestedProduct, 'name' | 'facts'>): string {
  return text.replace(PRODUCT_TOKEN, (whole, name: string) => {
    if (name === PRODUCT_NAME_FACT) return product.name;
    return product.facts.find((fact) => fact.name === name)?.value ?? whole;
  });
}

/** A suggestion result with its product's facts written into the texts, as the worker sends it. */
export function withProductFacts(result: SuggestResult): SuggestResult {
  const product = result.product;
  if (product === undefined) return result;
  return {
    ...result,
    suggestions: result.suggestions.map((suggestion) =>
      suggestion.text.includes(`{${PRODUCT_PLACEHOLDER_PREFIX}`) ? { ...suggestion, text: fillProductPlaceholders(suggestion.text, product) } : suggestion,
    ),
  };
}
