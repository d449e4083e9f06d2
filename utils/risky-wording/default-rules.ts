import defaultRuleSetJson from '../../phrases/risky-wording-rules.json';
import { wordingRuleSetShapeSchema, type WordingRule, type WordingRuleSet } from '../schemas/risky-wording-rule-shape';
import { compileParsedRules, type CompiledWordingRules } from './compile-parsed-rules';

/**
 * The rule set that ships with the extension (phrases/risky-wording-rules.json), parsed. Its regexes
 * are proven safe by its tests (tests/phrases/risky-wording-rules.test.ts parses it with the checked
 * wordingRuleSetSchema), so the chat page's send guard, which starts with these, parses the
 * file's shape only and bundles no regex-safety checker.
 *
 * Parsed on first use, not when the module loads: the worker loads it on every wake, and parsing
 * some 300 rules took several milliseconds of each cold start, while a waking worker only compares
 * the version (seeding) and its first request is usually a suggestion.
 */
export const DEFAULT_WORDING_RULES_VERSION: string = defaultRuleSetJson.version;

let parsedDefaults: WordingRuleSet | undefined;
let compiledDefaults: CompiledWordingRules | undefined;

export function defaultWordingRuleSet(): WordingRuleSet {
  parsedDefaults ??= wordingRuleSetShapeSchema.parse(defaultRuleSetJson);
  return parsedDefaults;
}

export function defaultWordingRules(): readonly WordingRule[] {
  return defaultWordingRuleSet().rules;
}

/** The default rules compiled once, on first use. */
export function defaultCompiledWordingRules(): CompiledWordingRules {
  compiledDefaults ??= compileParsedRules(defaultWordingRules());
  return compiledDefaults;
}
