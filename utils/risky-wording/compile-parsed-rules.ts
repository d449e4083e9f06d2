import { RULE_REGEX_FLAGS, type WordingRule, type WordingRuleInput, type wordingRuleShapeSchema } from '../schemas/risky-wording-rule-shape';
import { createLiteralMatcher, type LiteralMatcher } from './literal-matcher';
import { normalizeLiteral } from './normalize-with-offsets';
import { regexGateWords } from './regex-gate-words';

export { RULE_REGEX_FLAGS };

/** What a literal in the shared automaton stands for. */
export type LiteralRole =
  | { readonly role: 'term'; readonly rule: number }
  | { readonly role: 'anchor'; readonly rule: number; readonly pattern: number; readonly slot: number }
  /** A word every match of the pattern in `slot` contains (see regexGateWords). */
  | { readonly role: 'gate'; readonly slot: number }
  | { readonly role: 'exception'; readonly rule: number }
  | { readonly role: 'sentence-exception'; readonly rule: number };

export interface CompiledPattern {
  readonly regex: RegExp;
  /** Empty: the regex always runs. Otherwise it runs only when one of these literals occurred. */
  readonly anchored: boolean;
  /** The regex has a named group `hit` that narrows the finding. */
  readonly narrowsToHit: boolean;
  /** Every match contains one of the pattern's gate words: it runs only when one occurred. */
  readonly gated: boolean;
  /** The pattern's number across the whole rule set (anchors and gates seen are kept by it). */
  readonly slot: number;
}

/** A rule set ready to scan drafts; build it once and reuse it for every draft. */
export interface CompiledWordingRules {
  readonly kind: 'compiled-wording-rules';
  readonly rules: readonly WordingRule[];
  readonly literals: LiteralMatcher<LiteralRole>;
  readonly patterns: readonly (readonly CompiledPattern[])[];
  /** How many patterns the rule set has (slots run from 0 to patternCount - 1). */
  readonly patternCount: number;
}

/** Thrown when rules do not parse; the message lists every problem with the rule it belongs to. */
export class WordingRulesError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`话术风险规则有误 / invalid wording rules:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'WordingRulesError';
  }
}

/**
 * Parses each rule with `ruleSchema` and compiles those that parse: compile-rules.ts passes the
 * checked wordingRuleSchema; a chat page the shape alone (wordingRuleShapeSchema), for rules the
 * library checked when they entered it. Throws WordingRulesError listing every problem.
 */
export function compileRulesParsedWith(
  ruleSchema: typeof wordingRuleShapeSchema,
  input: readonly (WordingRule | WordingRuleInput)[],
): CompiledWordingRules {
  const problems: string[] = [];
  const rules: WordingRule[] = [];
  input.forEach((candidate, index) => {
    const parsed = ruleSchema.safeParse(candidate);
    if (!parsed.success) {
      const id = typeof candidate === 'object' && candidate && 'id' in candidate ? String(candidate.id) : `#${index + 1}`;
      for (const issue of parsed.error.issues) problems.push(`规则 ${id}（第 ${index + 1} 条）${issue.path.length ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`);
      return;
    }
    rules.push(parsed.data);
  });
  return compileParsedRules(rules, problems);
}

/**
 * Compiles rules already parsed with a rule schema (compile-rules.ts parses and checks them
 * first; a chat page gets them parsed from the background, or ships them checked by their
 * tests): every term, anchor and exception of every rule, and every regex's gate words, go into
 * one Aho–Corasick automaton; each regex is compiled once. `problems` already found are
 * reported together with the compiler's own in one WordingRulesError.
 */
export function compileParsedRules(rules: readonly WordingRule[], problems: string[] = []): CompiledWordingRules {
  const literals: { literal: string; data: LiteralRole }[] = [];
  const add = (raw: string, data: LiteralRole, rule: WordingRule, field: string): void => {
    const literal = normalizeLiteral(raw);
    if (literal.length === 0) {
      problems.push(`规则 ${rule.id} ${field} "${raw}" 只有空格或符号，规范化后为空；请写出文字，例如 "加微信" / "${raw}" normalises to nothing`);
      return;
    }
    literals.push({ literal, data });
  };
  let patternCount = 0;
  const patterns = rules.map((rule, ruleIndex) => {
    rule.terms.forEach((term) => add(term, { role: 'term', rule: ruleIndex }, rule, 'terms'));
    rule.exceptions.forEach((exception) => add(exception, { role: 'exception', rule: ruleIndex }, rule, 'exceptions'));
    rule.sentenceExceptions.forEach((word) => add(word, { role: 'sentence-exception', rule: ruleIndex }, rule, 'sentenceExceptions'));
    return rule.patterns.map((pattern, patternIndex): CompiledPattern => {
      const slot = patternCount++;
      pattern.anchors.forEach((anchor) => add(anchor, { role: 'anchor', rule: ruleIndex, pattern: patternIndex, slot }, rule, 'anchors'));
      // Gate words are matched as the regex sees them: in the normalised text, unchanged.
      const gates = regexGateWords(pattern.regex);
      for (const word of gates) literals.push({ literal: word, data: { role: 'gate', slot } });
      const narrowsToHit = /\(\?<hit>/.test(pattern.regex);
      const regex = new RegExp(pattern.regex, narrowsToHit ? `d${RULE_REGEX_FLAGS}` : RULE_REGEX_FLAGS);
      return { regex, anchored: pattern.anchors.length > 0, narrowsToHit, gated: gates.length > 0, slot };
    });
  });

  if (problems.length > 0) throw new WordingRulesError(problems);
  return { kind: 'compiled-wording-rules', rules, literals: createLiteralMatcher(literals), patterns, patternCount };
}

export function isCompiledWordingRules(value: unknown): value is CompiledWordingRules {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'compiled-wording-rules';
}
