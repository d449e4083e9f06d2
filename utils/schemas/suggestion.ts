import { z } from 'zod';
import { categoryIdSchema } from './category';
import { topicIdSchema } from './topic';

export const suggestionSchema = z.object({
  phraseUid: z.string(),
  packId: z.string(),
  text: z.string(),
  category: categoryIdSchema,
  /** The phrase's topic under its category; absent for the category's general topic. */
  topic: topicIdSchema.optional(),
  shortcut: z.string().optional(),
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
  buyerTurn: z.string().nullable(),
  suggestions: z.array(suggestionSchema),
});
export type SuggestResult = z.infer<typeof suggestResultSchema>;
