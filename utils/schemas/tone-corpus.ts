import type { z } from 'zod';
import { labelledCorpusSchema } from './labelled-corpus';

/** The kinds of tone a team lead would not let an agent send; `ok` is every other reply. */
export const TONE_LABELS = ['ok', 'rude:sarcasm', 'rude:blame', 'rude:impatience', 'rude:brush-off'] as const;
export type ToneLabel = (typeof TONE_LABELS)[number];

/**
 * The agent replies shipped in `phrases/tone-corpus.json`, written by the team and labelled by
 * tone, that the wording check's tone model learns from, e.g.
 * `["rude:impatience", "说了多少遍了，别催了"]` or `["ok", "亲，这个确实做不了哦，抱歉"]`.
 */
export const toneCorpusSchema = labelledCorpusSchema('tone corpus', TONE_LABELS, ['rude:blame', '你自己选错的'], 300);

export type ToneCorpus = z.infer<typeof toneCorpusSchema>;
