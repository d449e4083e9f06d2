import type { WordingFinding } from '../schemas/risky-wording-finding';
import { hasUnfilledPlaceholder } from '../placeholders/unfilled-placeholders';
import { draftVerdict } from '../risky-wording/draft-verdict';

/**
 * Whether a send goes ahead. A `block` finding stops it, and so does a placeholder still standing
 * in the draft (the buyer would read a raw `{日期}`). A mere `warn` never does: a checker that
 * holds back drafts for warnings gets switched off by busy agents, so they are shown and the send passes.
 */
export function shouldStopSend(findings: readonly WordingFinding[], draft = ''): boolean {
  return draftVerdict(findings).severity === 'block' || hasUnfilledPlaceholder(draft);
}

/** The findings that stopped a send, each rule once (one 仍然发送 counts once per rule). */
export function blockingRuleIds(findings: readonly WordingFinding[]): string[] {
  return [...new Set(findings.filter((finding) => finding.severity === 'block').map((finding) => finding.ruleId))];
}

/**
 * The page's send key: a plain Enter. Shift+Enter (new line), Ctrl/Cmd+Enter and Alt+Enter are
 * the page's own shortcuts and pass untouched; a page where one of them sends is guarded through
 * its send button instead. Composition keys never reach here (input-key-handlers.ts).
 */
export function isSendKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
}
