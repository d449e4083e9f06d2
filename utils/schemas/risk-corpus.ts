import type { z } from 'zod';
import { labelledCorpusSchema } from './labelled-corpus';
import { WORDING_CATEGORIES } from './risky-wording-finding';

/** The categories the risk model learns; rudeness is the tone model's (tone-corpus.ts). */
export const RISK_LABELS = ['safe', ...WORDING_CATEGORIES.filter((category) => category !== 'rude').map((category) => `risky:${category}` as const)] as const;
export type RiskLabel = (typeof RISK_LABELS)[number];

/**
 * The agent drafts shipped in `phrases/risk-corpus.json`, written by the team and labelled with
 * the rule they break (or `safe`, many of them close to a rule), that the wording check's risk
 * model learns from, e.g. `["risky:payment-fee", "走呗的话加2个点哈"]` or
 * `["safe", "发票免费开的，订单页申请就行"]`.
 */
export const riskCorpusSchema = labelledCorpusSchema('risk corpus', RISK_LABELS, ['risky:invoice', '发票要加6个点'], 400);

export type RiskCorpus = z.infer<typeof riskCorpusSchema>;
