import type { Thread } from '../schemas/thread';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { CompiledWordingRules } from './compile-parsed-rules';
import { scanDraft } from './scan-draft';
import { traditionalToSimplified } from './traditional-to-simplified';

/**
 * The full check of one draft, as the worker runs it for the send guard and the popup: the
 * rules over the draft with traditional characters read as simplified. The chat page's own
 * check (scanDraft without a conversion) answers at once on every keystroke; this one answers a
 * moment later with the fuller verdict, which the page keeps for that exact draft.
 */
export function checkDraftFully(compiled: CompiledWordingRules, text: string, context?: Thread): WordingFinding[] {
  return scanDraft(compiled, text, context, traditionalToSimplified());
}
