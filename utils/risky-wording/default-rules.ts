import defaultRuleSetJson from '../../phrases/risky-wording-rules.json';
import { wordingRuleSetShapeSchema, type WordingRule, type WordingRuleSet } from '../schemas/risky-wording-rule-shape';
import { compileParsedRules, type CompiledWordingRules } from './compile-parsed-rules';

/**
 * The rule set that ships with the extension (phrases/risky-wording-rules.json), parsed. Its regexes
 * are proven safe by its tests (tests/phrases/risky-wording-rules.test.ts parses it with the checked
 * wordingRuleSetSchema), so the chat page's send guard, which starts with these, parses the
 * file's shape only and bundles no regex-safety checker.
 */
export const DEFAULT_WORDING_RULE_SET: WordingRuleSet = wordingRuleSetShapeSchema.parse(defaultRuleSetJson);
export const DEFAULT_WORDING_RULES: readonly WordingRule[] = DEFAULT_WORDING_RULE_SET.rules;

let compiledDefaults: CompiledWordingRules | undefined;

/** The default rules compiled once, on first use. */
export function defaultCompiledWordingRules(): CompiledWordingRules {
  compiledDefaults ??= compileParsedRules(DEFAULT_WORDING_RULES);
  return compiledDefaults;
}
