import { z } from 'zod';
import { WORDING_CATEGORIES } from './risky-wording-finding';

/** The categories the risk model learns; rudeness is the tone model's (tone-corpus.ts). */
export const RISK_LABELS = ['safe', ...WORDING_CATEGORIES.filter((category) => category !== 'rude').map((category) => `risky:${category}` as const)] as const;
export type RiskLabel = (typeof RISK_LABELS)[number];

/**
 * The agent drafts shipped in `phrases/risk-corpus.json`, written by the team and labelled with
 * the rule they break (or `safe`, many of them close to a rule), that the wording check's risk
 * model learns from. One `[label, draft]` pair per line, e.g.
 * `["risky:payment-fee", "走呗的话加2个点哈"]` or `["safe", "发票免费开的，订单页申请就行"]`.
 */
export const riskCorpusSchema = z.strictObject({
  format: z.literal(1, { error: 'the risk corpus format is 1, e.g. {"format": 1, "lines": [...]}' }),
  lines: z.array(
    z.tuple([
      z.enum(RISK_LABELS, { error: `a risk label is one of ${RISK_LABELS.join(', ')}, e.g. ["risky:invoice", "发票要加6个点"]` }),
      z
        .string()
        .trim()
        .min(1, { error: 'a corpus line needs a draft, e.g. ["safe", "好的亲，马上给您处理"]' })
        .max(400, { error: 'a corpus line is one chat draft of at most 400 characters' }),
    ]),
  ),
});

export type RiskCorpus = z.infer<typeof riskCorpusSchema>;
