import { wordingRuleSchema, type WordingRule, type WordingRuleInput } from '../schemas/risky-wording-rule';
import { compileRulesParsedWith, type CompiledWordingRules } from './compile-parsed-rules';

export {
  compileParsedRules,
  compileRulesParsedWith,
  isCompiledWordingRules,
  RULE_REGEX_FLAGS,
  WordingRulesError,
  type CompiledPattern,
  type CompiledWordingRules,
  type LiteralRole,
} from './compile-parsed-rules';

/**
 * Parses the rules (schema, regex syntax and backtracking checks) and compiles them
 * (compile-parsed-rules.ts). Throws WordingRulesError listing every problem.
 */
export function compileRules(input: readonly (WordingRule | WordingRuleInput)[]): CompiledWordingRules {
  return compileRulesParsedWith(wordingRuleSchema, input);
}
