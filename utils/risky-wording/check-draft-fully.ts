import type { Thread } from '../schemas/thread';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { CompiledWordingRules } from './compile-parsed-rules';
import { normalizeWithOffsets } from './normalize-with-offsets';
import { scanDraft } from './scan-draft';
import { SPELLING_VARIANT_PASSES } from './spelling-variants';
import { createToneCheck, TONE_RULE_ID, type ToneCheck } from './tone-check';
import { traditionalToSimplified } from './traditional-to-simplified';

let tone: ToneCheck | undefined;

function normalizeFully(draft: string): string {
  return normalizeWithOffsets(draft, SPELLING_VARIANT_PASSES, traditionalToSimplified()).text;
}

function toneCheck(): ToneCheck {
  tone ??= createToneCheck(normalizeFully);
  return tone;
}

/**
 * Builds the conversion tables and trains the tone model now (some 150 ms), so the first draft
 * checked is answered at once: the worker calls it when a chat page asks for the rules, which it
 * does as the agent starts on a reply.
 */
export function warmUpFullCheck(): void {
  traditionalToSimplified();
  toneCheck();
}

/**
 * The full check of one draft, as the worker runs it for the send guard and the popup: the
 * rules over the draft with traditional characters read as simplified, then the tone check
 * (a warning; skipped when a rule already says the draft is rude, and off when the lead switched
 * off the rule `tone-check`, which carries it). The chat page's own check
 * (scanDraft without a conversion) answers at once on every keystroke; this one answers a
 * moment later with the fuller verdict, which the page keeps for that exact draft. The tone
 * model is trained on the first draft a worker checks, not when it wakes.
 */
export function checkDraftFully(compiled: CompiledWordingRules, text: string, context?: Thread): WordingFinding[] {
  const findings = scanDraft(compiled, text, context, traditionalToSimplified());
  // The tone check is the rule `tone-check`'s: a lead who switches that rule off switches it off.
  const toneRuleActive = compiled.rules.some((rule) => rule.id === TONE_RULE_ID);
  if (!toneRuleActive || text.trim() === '' || findings.some((finding) => finding.category === 'rude')) return findings;
  const finding = toneCheck()(text, normalizeFully(text));
  return finding ? [...findings, finding].sort((a, b) => a.start - b.start) : findings;
}
