import { z } from 'zod/mini';
import { describeRegexProblem, findRegexProblem } from './regex-safety';
import { wordingRuleSetSchemaOf, wordingRuleShapeSchema } from './risky-wording-rule-shape';

export * from './risky-wording-finding';
export * from './risky-wording-rule-shape';

/**
 * A risky-wording rule as the library accepts it: its shape (risky-wording-rule-shape.ts), and
 * every regex proven unable to backtrack catastrophically (regex-safety.ts).
 */
export const wordingRuleSchema = wordingRuleShapeSchema.check(
  z.superRefine((rule, ctx) => {
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
  }),
);

/** Rule set file format 1 (phrases/risky-wording-rules.json, or a team lead's own file), every rule checked. */
export const wordingRuleSetSchema = wordingRuleSetSchemaOf(wordingRuleSchema);
