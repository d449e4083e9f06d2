import type { Thread } from '../schemas/thread';
import type { WordingFinding, WordingRule, WordingRuleInput } from '../schemas/risky-wording-rule';
import { compileRules, isCompiledWordingRules, type CompiledWordingRules } from './compile-rules';
import { scanDraft } from './scan-draft';

export { compileRules, WordingRulesError, type CompiledWordingRules } from './compile-rules';

const compiledByArray = new WeakMap<readonly unknown[], CompiledWordingRules>();

/**
 * Scans an agent's draft and returns every risky span, sorted by position, with the rule it
 * breaks and a safe alternative. `start`/`end` index the original draft. `context` is the open
 * thread: details the buyer wrote themselves (their phone, their address) may be confirmed back.
 * Pass compiled rules (compileRules) when scanning many drafts; raw rules are compiled once per
 * array and cached. The scan itself is scan-draft.ts.
 */
export function checkWording(
  rules: CompiledWordingRules | readonly (WordingRule | WordingRuleInput)[],
  text: string,
  context?: Thread,
): WordingFinding[] {
  const compiled = isCompiledWordingRules(rules) ? rules : compiledFor(rules);
  return scanDraft(compiled, text, context);
}

function compiledFor(rules: readonly (WordingRule | WordingRuleInput)[]): CompiledWordingRules {
  const cached = compiledByArray.get(rules);
  if (cached) return cached;
  const compiled = compileRules(rules);
  compiledByArray.set(rules, compiled);
  return compiled;
}
