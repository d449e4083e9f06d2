import { z } from 'zod';
import { topicIdSchema } from './topic';

/**
 * The buyer corpus shipped in `phrases/buyer-corpus.json`: buyer messages written by the team,
 * each labelled with the topic it asks about, that the topic model learns from beside the
 * phrases' own triggers. One `[topic id, message]` pair per line, e.g.
 * `["shipping.overdue", "物流三天没动了 是不是丢了"]`.
 */
export const buyerCorpusSchema = z.strictObject({
  format: z.literal(1, { error: 'the buyer corpus format is 1, e.g. {"format": 1, "lines": [...]}' }),
  lines: z.array(
    z.tuple([
      topicIdSchema,
      z
        .string()
        .trim()
        .min(1, { error: 'a corpus line needs a buyer message, e.g. ["shipping.overdue", "物流三天没动了"]' })
        .max(200, { error: 'a corpus line is one chat turn of at most 200 characters' }),
    ]),
  ),
});

export type BuyerCorpus = z.infer<typeof buyerCorpusSchema>;
