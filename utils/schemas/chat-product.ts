import { z } from 'zod/mini';

/*
 * The product as a chat page sees it: read from the conversation, and as a suggestion brings it
 * back with its facts. Their own module, in zod/mini, because the page parses these two and
 * nothing else of a product (utils/schemas/product.ts re-exports them for the pack side).
 */

/**
 * The product a conversation is about, as the page shows it: the title of the product or order
 * card in the thread (or the client's product panel), its item id and the SKU when shown.
 */
export const threadProductSchema = z.object({
  title: z.string().check(z.maxLength(300)),
  itemId: z.optional(z.string().check(z.maxLength(60))),
  sku: z.optional(z.string().check(z.maxLength(120))),
});
export type ThreadProduct = z.infer<typeof threadProductSchema>;

/**
 * The recognised product as a suggestion result carries it: its facts with the SKU's applied,
 * in the pack's order. `showFacts`: the buyer asks about the product and no phrase answers it,
 * so the bar and the popup show the facts card for the agent to answer from.
 */
export const suggestedProductSchema = z.object({
  uid: z.string(),
  name: z.string(),
  sku: z.optional(z.string()),
  facts: z.array(z.object({ name: z.string(), value: z.string() })),
  showFacts: z.boolean(),
});
export type SuggestedProduct = z.infer<typeof suggestedProductSchema>;
