import { z } from 'zod/mini';

/**
 * What a wording check reports, apart from the rules themselves: kept free of the regex-safety
 * checker so the content script and the protocol can import it without bundling it.
 */

/** What a risky draft breaks; the ids are stable and used by the evaluation files. */
export const WORDING_CATEGORIES = [
  'invoice',
  'off-platform',
  'extreme-claim',
  'review-incentive',
  'payment-fee',
  'shipping',
  'privacy',
  'rude',
] as const;
export const wordingCategorySchema = z.enum(WORDING_CATEGORIES, {
  error: `类别只能是 ${WORDING_CATEGORIES.join(' / ')} 之一，例如 "invoice" / category must be one of ${WORDING_CATEGORIES.join(', ')}`,
});
export type WordingCategory = z.infer<typeof wordingCategorySchema>;

/** `block`: the draft breaks a rule with a penalty. `warn`: worth a second look before sending. */
export const wordingSeveritySchema = z.enum(['block', 'warn'], {
  error: '严重程度只能是 "block"（拦截）或 "warn"（提醒） / severity must be "block" or "warn"',
});
export type WordingSeverity = z.infer<typeof wordingSeveritySchema>;

/** Text the agent reads, Chinese first; English is required so the UI is complete in both. */
export const localizedTextSchema = z.object({
  'zh-CN': z.string().check(z.trim(), z.minLength(1, { error: '需要中文说明，例如 "天猫规则：拒绝提供发票属违背承诺，扣 6 分" / Chinese text is required' }), z.maxLength(400)),
  en: z.string().check(z.trim(), z.minLength(1, { error: '需要英文说明 / English text is required' }), z.maxLength(600)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const wordingRuleIdSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: '规则 id 只能用小写字母、数字和连字符，例如 "invoice-refusal" / rule id: lowercase letters, digits and hyphens, e.g. "invoice-refusal"',
  }),
);

/** One risky span in a draft; `start`/`end` index the ORIGINAL draft (UTF-16, end exclusive). */
export const wordingFindingSchema = z.object({
  ruleId: wordingRuleIdSchema,
  category: wordingCategorySchema,
  severity: wordingSeveritySchema,
  start: z.number().check(z.int(), z.gte(0)),
  end: z.number().check(z.int(), z.gte(0)),
  matchedText: z.string(),
  reason: localizedTextSchema,
  alternative: localizedTextSchema,
});
export type WordingFinding = z.infer<typeof wordingFindingSchema>;
