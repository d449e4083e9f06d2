import { callBackground } from '../messaging/page-background-client';
import { loadPageWordingRules } from '../settings/page-wording-rules-store';
import type { SiteAdapter } from '../sites/site-adapter';
import { createWordingRulesSource, type PageRuleSet } from './page-risky-wording-rules';
import { resendModeFor } from './resend-mode';
import { startSendGuard, type SendGuard } from './send-guard';

/**
 * The send guard as a chat page runs it (a client's content script, the demo page): rules from
 * the background (which reads the library), compiled and checked here at once; the background's
 * full check (traditional script, tone) asked after each pause; 仍然发送 counted there.
 */
export function startPageSendGuard({
  doc,
  adapter,
  signal,
  initialRules,
}: {
  doc: Document;
  adapter: Pick<SiteAdapter, 'id' | 'findInput' | 'findSendButton' | 'readThread'>;
  signal?: AbortSignal;
  /** What to check with before anything is read (the demo page passes the shipped rules; chat pages cannot afford them). */
  initialRules?: () => PageRuleSet;
}): SendGuard {
  return startSendGuard({
    doc,
    adapter,
    rules: createWordingRulesSource(
      (knownVersion) => callBackground('getWordingRules', knownVersion === undefined ? {} : { knownVersion }),
      undefined,
      undefined,
      initialRules,
      loadPageWordingRules,
    ),
    checkFully: (text, thread) => callBackground('checkDraft', thread ? { text: text.slice(0, 5000), thread } : { text: text.slice(0, 5000) }),
    recordSentAnyway: (ruleUid) => callBackground('recordSentAnyway', { ruleUid }),
    recordDraftHeld: (ruleUids) => callBackground('recordDraftHeld', { ruleUids }),
    resend: resendModeFor(adapter.id),
    signal,
  });
}
