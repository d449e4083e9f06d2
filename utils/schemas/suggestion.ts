import { z } from 'zod/mini';
import { categoryIdSchema } from './category';
import { suggestedProductSchema } from './chat-product';
import { topicIdSchema } from './topic';

export const suggestionSchema = z.object({
  phraseUid: z.string(),
  packId: z.string(),
  text: z.string(),
  category: categoryIdSchema,
  /** The phrase's topic under its category; absent for the category's general topic. */
  topic: z.optional(topicIdSchema),
  shortcut: z.optional(z.string()),
  /** Higher is better, 0..1. */
  score: z.number(),
  /** Why it was suggested: the buyer wording (trigger) or other evidence that matched. */
  reason: z.object({
    kind: z.enum(['trigger', 'text', 'context', 'shortcut']),
    matched: z.string(),
  }),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestResultSchema = z.object({
  /** The buyer turn that was answered, or null when the thread has none. */
  buyerTurn: z.nullable(z.string()),
  suggestions: z.array(suggestionSchema),
  /** The chat's product when the library recognised it (pack format 3), with its facts. */
  product: z.optional(suggestedProductSchema),
});
export type SuggestResult = z.infer<typeof suggestResultSchema>;
