import type { Thread } from '../schemas/thread';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { CompiledWordingRules } from './compile-parsed-rules';
import { normalizeWithOffsets } from './normalize-with-offsets';
import { scanDraft } from './scan-draft';
import { SPELLING_VARIANT_PASSES } from './spelling-variants';
import { createRiskCheck, type RiskCheck } from './risk-check';
import { MODEL_RULE_ID } from './model-rule';
import { createToneCheck, readToneLines, type ToneCheck } from './tone-check';
import { traditionalToSimplified } from './traditional-to-simplified';

/** The full check's two models, trained from the shipped corpora (trainDraftModels). */
export interface DraftModels {
  tone: ToneCheck;
  risk: RiskCheck;
}

/** The shipped tone and risk corpora, each as its file's JSON (checked by its schema when trained on). */
export interface DraftCorpora {
  tone: unknown;
  risk: unknown;
}

function normalizeFully(draft: string): string {
  return normalizeWithOffsets(draft, SPELLING_VARIANT_PASSES, traditionalToSimplified()).text;
}

/**
 * Builds the conversion tables and trains the two models (some 300 ms). The worker runs it once,
 * a moment after a chat page first asks for the rules (as the agent starts on a reply), so
 * neither a suggestion nor a draft's check waits for the training; the CLIs and tests run it on
 * the corpora bundled.
 */
export function trainDraftModels(corpora: DraftCorpora): DraftModels {
  traditionalToSimplified();
  const toneLines = readToneLines(corpora.tone, normalizeFully);
  return { tone: createToneCheck(toneLines), risk: createRiskCheck(corpora.risk, toneLines, normalizeFully) };
}

/**
 * The full check of one draft, as the worker runs it for the send guard and the popup: the
 * rules over the draft with traditional characters read as simplified, then two models that
 * warn (never stop): the tone check (skipped when a rule already says the draft is rude) and,
 * where the rules found nothing, the risk check — both off when the lead switched off the rule
 * `model-check`, which carries them. The chat page's own check
 * (scanDraft without a conversion) answers at once on every keystroke; this one answers a
 * moment later with the fuller verdict, which the page keeps for that exact draft. Until the
 * worker has trained the models (`models` undefined) it checks with the rules alone.
 */
export function checkDraftFully(compiled: CompiledWordingRules, text: string, context?: Thread, models?: DraftModels): WordingFinding[] {
  const findings = scanDraft(compiled, text, context, traditionalToSimplified());
  // The models are the rule `model-check`'s: a lead who switches that rule off switches them off.
  const modelsOn = compiled.rules.some((rule) => rule.id === MODEL_RULE_ID);
  if (models === undefined || !modelsOn || text.trim() === '' || findings.some((finding) => finding.category === 'rude')) return findings;
  const normalized = normalizeFully(text);
  const toneFinding = models.tone(text, normalized);
  if (toneFinding) return [...findings, toneFinding].sort((a, b) => a.start - b.start);
  // The risk model speaks only where the rules found nothing: it is there for what they miss.
  if (findings.length > 0) return findings;
  const riskFinding = models.risk(text, normalized, compiled.rules);
  return riskFinding ? [riskFinding] : findings;
}
