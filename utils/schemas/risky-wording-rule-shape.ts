import { z } from 'zod/mini';
import { localizedTextSchema, wordingCategorySchema, wordingRuleIdSchema, wordingSeveritySchema } from './risky-wording-finding';

/**
 * A risky-wording rule's shape, without the check that its regexes cannot backtrack without
 * bound (risky-wording-rule.ts adds it; that checker, regex-safety.ts, is large and slow).
 * What the library serves a chat page was checked when it entered the library, and the shipped
 * rules are checked by their tests, so the page parses rules with this schema and bundles no
 * checker.
 */

/** Flags every rule regex runs with (compile-parsed-rules.ts, regex-safety.ts). */
export const RULE_REGEX_FLAGS = 'gu';

const literalSchema = z.string().check(
  z.minLength(1, { error: '词条不能为空，例如 "加微信" / a literal must not be empty' }),
  z.maxLength(80, { error: '词条最长 80 个字符 / a literal is at most 80 characters' }),
);

/**
 * A regular expression run on the normalised draft (see normalize-with-offsets.ts: lowercase,
 * half-width, no spaces or symbols, look-alike spellings replaced by their canonical word,
 * "，" between clauses and "。" between sentences). A named group `hit` narrows the finding
 * to that part of the match. With `anchors`, the regex runs only when one of those literals
 * occurs in the draft, which both saves time and states the context the pattern needs.
 */
export const wordingPatternSchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(500)),
  z.object({
    regex: z.string().check(
      z.minLength(1, { error: '正则不能为空，例如 "qq[^，。]{0,3}\\\\d{5,}" / regex must not be empty' }),
      z.maxLength(500, { error: '正则最长 500 个字符 / a regex is at most 500 characters' }),
    ),
    anchors: z._default(z.array(literalSchema).check(z.maxLength(50)), []),
  }),
]);
export type WordingPatternInput = z.input<typeof wordingPatternSchema>;

export const wordingRuleShapeSchema = z
  .object({
    id: wordingRuleIdSchema,
    category: wordingCategorySchema,
    severity: wordingSeveritySchema,
    /** Literal strings, matched after normalisation all in one pass. */
    terms: z._default(z.array(literalSchema).check(z.maxLength(500)), []),
    patterns: z.pipe(
      z._default(z.array(wordingPatternSchema).check(z.maxLength(50)), []),
      z.transform((patterns) => patterns.map((p) => (typeof p === 'string' ? { regex: p, anchors: [] } : p))),
    ),
    /** Allow-list phrases: a match lying inside one of their occurrences is not a finding (第一时间 covers 第一). */
    exceptions: z._default(z.array(literalSchema).check(z.maxLength(500)), []),
    /** Words that, anywhere in the same sentence, show a legitimate situation (退货 for return postage). */
    sentenceExceptions: z._default(z.array(literalSchema).check(z.maxLength(200)), []),
    /**
     * Whether a negation or warning just before the match ("不会让您私下转账", "不加税点") or a
     * quotation of it makes it safe. Off for rules whose words are themselves the refusal.
     */
    negatable: z._default(z.boolean(), true),
    /** The platform rule or law it breaks and its penalty, naming the platform. */
    reason: localizedTextSchema,
    /** A safe phrase the agent can send instead. */
    alternative: localizedTextSchema,
    /** Shipped rules a team lead may switch off but not rewrite. */
    locked: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((rule, ctx) => {
      if (rule.terms.length === 0 && rule.patterns.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['terms'],
          message: `规则 "${rule.id}" 至少需要一个词条或一个正则，例如 "terms": ["加微信"] / rule "${rule.id}" needs at least one term or pattern`,
        });
      }
    }),
  );
export type WordingRule = z.infer<typeof wordingRuleShapeSchema>;
export type WordingRuleInput = z.input<typeof wordingRuleShapeSchema>;

/** Rule set file format 1 (phrases/risky-wording-rules.json, or a team lead's own file), its rules parsed with `rule`. */
export function wordingRuleSetSchemaOf(rule: typeof wordingRuleShapeSchema) {
  return z
    .object({
      format: z.literal(1, { error: 'format 必须是 1，例如 "format": 1 / "format" must be 1' }),
      id: z.string().check(
        z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
          error: '规则集 id 只能用小写字母、数字、点、下划线和连字符，例如 "default-zh" / rule set id, e.g. "default-zh"',
        }),
      ),
      version: z.string().check(
        z.regex(/^\d+(\.\d+){0,3}$/, {
          error: '版本号由数字和点组成，例如 "1.0.0" / version: digits and dots, e.g. "1.0.0"',
        }),
      ),
      description: z.optional(z.string().check(z.maxLength(2000))),
      rules: z.array(rule).check(z.minLength(1, { error: '规则集至少要有一条规则 / a rule set needs at least one rule' })),
    })
    .check(
      z.superRefine((set, ctx) => {
        const seen = new Set<string>();
        set.rules.forEach((candidate, index) => {
          if (seen.has(candidate.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['rules', index, 'id'],
              message: `规则 id "${candidate.id}" 重复；每条规则的 id 必须唯一，例如 "invoice-refusal-2" / duplicate rule id`,
            });
          }
          seen.add(candidate.id);
        });
      }),
    );
}

/** The shipped rule set's shape (utils/risky-wording/default-rules.ts); risky-wording-rule.ts has the checked one. */
export const wordingRuleSetShapeSchema = wordingRuleSetSchemaOf(wordingRuleShapeSchema);
export type WordingRuleSet = z.infer<typeof wordingRuleSetShapeSchema>;
export type WordingRuleSetInput = z.input<typeof wordingRuleSetShapeSchema>;
