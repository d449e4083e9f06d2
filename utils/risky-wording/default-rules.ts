import defaultRuleSetJson from '../../phrases/risky-wording-rules.json';
import { wordingRuleSetSchema, type WordingRule, type WordingRuleSet } from '../schemas/risky-wording-rule';
import { compileRules, type CompiledWordingRules } from './compile-rules';

/** The rule set that ships with the extension (phrases/risky-wording-rules.json), parsed and checked. */
export const DEFAULT_WORDING_RULE_SET: WordingRuleSet = wordingRuleSetSchema.parse(defaultRuleSetJson);
export const DEFAULT_WORDING_RULES: readonly WordingRule[] = DEFAULT_WORDING_RULE_SET.rules;

let compiledDefaults: CompiledWordingRules | undefined;

/** The default rules compiled once, on first use. */
export function defaultCompiledWordingRules(): CompiledWordingRules {
  compiledDefaults ??= compileRules(DEFAULT_WORDING_RULES);
  return compiledDefaults;
}
