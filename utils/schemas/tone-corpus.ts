import { z } from 'zod';

/** The kinds of tone a team lead would not let an agent send; `ok` is every other reply. */
export const TONE_LABELS = ['ok', 'rude:sarcasm', 'rude:blame', 'rude:impatience', 'rude:brush-off'] as const;
export type ToneLabel = (typeof TONE_LABELS)[number];

/**
 * The agent replies shipped in `phrases/tone-corpus.json`, written by the team and labelled by
 * tone, that the wording check's tone model learns from. One `[label, reply]` pair per line,
 * e.g. `["rude:impatience", "说了多少遍了，别催了"]` or `["ok", "亲，这个确实做不了哦，抱歉"]`.
 */
export const toneCorpusSchema = z.strictObject({
  format: z.literal(1, { error: 'the tone corpus format is 1, e.g. {"format": 1, "lines": [...]}' }),
  lines: z.array(
    z.tuple([
      z.enum(TONE_LABELS, { error: `a tone label is one of ${TONE_LABELS.join(', ')}, e.g. ["rude:blame", "你自己选错的"]` }),
      z
        .string()
        .trim()
        .min(1, { error: 'a corpus line needs a reply, e.g. ["ok", "好的亲，马上给您处理"]' })
        .max(300, { error: 'a corpus line is one chat reply of at most 300 characters' }),
    ]),
  ),
});

export type ToneCorpus = z.infer<typeof toneCorpusSchema>;
