import type { Thread } from '../schemas/thread';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { CompiledWordingRules } from './compile-parsed-rules';
import { normalizeWithOffsets } from './normalize-with-offsets';
import { scanDraft } from './scan-draft';
import { SPELLING_VARIANT_PASSES } from './spelling-variants';
import { createRiskCheck, type RiskCheck } from './risk-check';
import { MODEL_RULE_ID } from './model-rule';
import { createToneCheck, type ToneCheck } from './tone-check';
import { traditionalToSimplified } from './traditional-to-simplified';

let tone: ToneCheck | undefined;
let risk: RiskCheck | undefined;

function normalizeFully(draft: string): string {
  return normalizeWithOffsets(draft, SPELLING_VARIANT_PASSES, traditionalToSimplified()).text;
}

function toneCheck(): ToneCheck {
  tone ??= createToneCheck(normalizeFully);
  return tone;
}

function riskCheck(): RiskCheck {
  risk ??= createRiskCheck(normalizeFully);
  return risk;
}

/**
 * Builds the conversion tables and trains the two models now (some 300 ms). The worker runs it
 * once, a moment after a chat page first asks for the rules (as the agent starts on a reply), so
 * neither a suggestion nor a draft's check waits for the training.
 */
export function warmUpFullCheck(): void {
  traditionalToSimplified();
  toneCheck();
  riskCheck();
}

/**
 * The full check of one draft, as the worker runs it for the send guard and the popup: the
 * rules over the draft with traditional characters read as simplified, then two models that
 * warn (never stop): the tone check (skipped when a rule already says the draft is rude) and,
 * where the rules found nothing, the risk check — both off when the lead switched off the rule
 * `model-check`, which carries them. The chat page's own check
 * (scanDraft without a conversion) answers at once on every keystroke; this one answers a
 * moment later with the fuller verdict, which the page keeps for that exact draft. Training the
 * models takes some 300 ms; the worker leaves it to warmUpFullCheck, run once it is idle after
 * waking, and checks without them (`trainModels: false`) until then.
 */
export function checkDraftFully(
  compiled: CompiledWordingRules,
  text: string,
  context?: Thread,
  { trainModels = true }: { trainModels?: boolean } = {},
): WordingFinding[] {
  const findings = scanDraft(compiled, text, context, traditionalToSimplified());
  // The models are the rule `model-check`'s: a lead who switches that rule off switches them off.
  const modelsOn = compiled.rules.some((rule) => rule.id === MODEL_RULE_ID);
  if (!modelsOn || text.trim() === '' || findings.some((finding) => finding.category === 'rude')) return findings;
  // The worker does not train on a request's time (warmUpFullCheck does, when it is idle).
  if (!trainModels && (tone === undefined || risk === undefined)) return findings;
  const normalized = normalizeFully(text);
  const toneFinding = toneCheck()(text, normalized);
  if (toneFinding) return [...findings, toneFinding].sort((a, b) => a.start - b.start);
  // The risk model speaks only where the rules found nothing: it is there for what they miss.
  if (findings.length > 0) return findings;
  const riskFinding = riskCheck()(text, normalized, compiled.rules);
  return riskFinding ? [riskFinding] : findings;
}
