import { z } from 'zod';
import { describeRegexProblem, findRegexProblem } from './regex-safety';
import {
  localizedTextSchema,
  wordingCategorySchema,
  wordingRuleIdSchema,
  wordingSeveritySchema,
} from './risky-wording-finding';

export * from './risky-wording-finding';

const literalSchema = z
  .string()
  .min(1, { error: '词条不能为空，例如 "加微信" / a literal must not be empty' })
  .max(80, { error: '词条最长 80 个字符 / a literal is at most 80 characters' });

/**
 * A regular expression run on the normalised draft (see normalize-with-offsets.ts: lowercase,
 * half-width, no spaces or symbols, look-alike spellings replaced by their canonical word,
 * "，" between clauses and "。" between sentences). A named group `hit` narrows the finding
 * to that part of the match. With `anchors`, the regex runs only when one of those literals
 * occurs in the draft, which both saves time and states the context the pattern needs.
 */
export const wordingPatternSchema = z.union([
  z.string().min(1).max(500),
  z.object({
    regex: z
      .string()
      .min(1, { error: '正则不能为空，例如 "qq[^，。]{0,3}\\\\d{5,}" / regex must not be empty' })
      .max(500, { error: '正则最长 500 个字符 / a regex is at most 500 characters' }),
    anchors: z.array(literalSchema).max(50).default([]),
  }),
]);
export type WordingPatternInput = z.input<typeof wordingPatternSchema>;

export const wordingRuleSchema = z
  .object({
    id: wordingRuleIdSchema,
    category: wordingCategorySchema,
    severity: wordingSeveritySchema,
    /** Literal strings, matched after normalisation all in one pass. */
    terms: z.array(literalSchema).max(500).default([]),
    patterns: z
      .array(wordingPatternSchema)
      .max(50)
      .default([])
      .transform((patterns) => patterns.map((p) => (typeof p === 'string' ? { regex: p, anchors: [] } : p))),
    /** Allow-list phrases: a match lying inside one of their occurrences is not a finding (第一时间 covers 第一). */
    exceptions: z.array(literalSchema).max(500).default([]),
    /** Words that, anywhere in the same sentence, show a legitimate situation (退货 for return postage). */
    sentenceExceptions: z.array(literalSchema).max(200).default([]),
    /**
     * Whether a negation or warning just before the match ("不会让您私下转账", "不加税点") or a
     * quotation of it makes it safe. Off for rules whose words are themselves the refusal.
     */
    negatable: z.boolean().default(true),
    /** The platform rule or law it breaks and its penalty, naming the platform. */
    reason: localizedTextSchema,
    /** A safe phrase the agent can send instead. */
    alternative: localizedTextSchema,
    /** Shipped rules a team lead may switch off but not rewrite. */
    locked: z.boolean().optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.terms.length === 0 && rule.patterns.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['terms'],
        message: `规则 "${rule.id}" 至少需要一个词条或一个正则，例如 "terms": ["加微信"] / rule "${rule.id}" needs at least one term or pattern`,
      });
    }
    rule.patterns.forEach((pattern, index) => {
      const problem = findRegexProblem(pattern.regex);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['patterns', index, 'regex'],
          message: describeRegexProblem(rule.id, pattern.regex, problem),
        });
      }
    });
  });
export type WordingRule = z.infer<typeof wordingRuleSchema>;
export type WordingRuleInput = z.input<typeof wordingRuleSchema>;

/** Rule set file format 1 (phrases/risky-wording-rules.json, or a team lead's own file). */
export const wordingRuleSetSchema = z
  .object({
    format: z.literal(1, { error: 'format 必须是 1，例如 "format": 1 / "format" must be 1' }),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
      error: '规则集 id 只能用小写字母、数字、点、下划线和连字符，例如 "default-zh" / rule set id, e.g. "default-zh"',
    }),
    version: z.string().regex(/^\d+(\.\d+){0,3}$/, {
      error: '版本号由数字和点组成，例如 "1.0.0" / version: digits and dots, e.g. "1.0.0"',
    }),
    description: z.string().max(2000).optional(),
    rules: z.array(wordingRuleSchema).min(1, { error: '规则集至少要有一条规则 / a rule set needs at least one rule' }),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `规则 id "${rule.id}" 重复；每条规则的 id 必须唯一，例如 "invoice-refusal-2" / duplicate rule id`,
        });
      }
      seen.add(rule.id);
    });
  });
export type WordingRuleSet = z.infer<typeof wordingRuleSetSchema>;
export type WordingRuleSetInput = z.input<typeof wordingRuleSetSchema>;
