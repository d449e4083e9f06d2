import { readEditorText } from '../editors/editable';
import { restoreCaret } from '../page/caret-memory';
import { logQuietly } from '../page/quiet-errors';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { Thread } from '../schemas/thread';
import type { SiteAdapter } from '../sites/site-adapter';
import { scanDraft } from '../risky-wording/scan-draft';
import { createGuardPanelState, type GuardView, type StoppedSend } from './guard-panel-state';
import type { WordingRulesSource } from './page-risky-wording-rules';
import { replaceFinding } from './replace-finding';
import type { ResendMode } from './resend-mode';
import { blockingRuleIds, shouldStopSend } from './send-decision';
import { detectSends } from './send-detector';

export type { GuardView, StoppedSend } from './guard-panel-state';

export interface SendGuardOptions {
  doc: Document;
  adapter: Pick<SiteAdapter, 'findInput' | 'findSendButton' | 'readThread'>;
  rules: WordingRulesSource;
  /**
   * The worker's full check of a draft (background `checkDraft`: traditional characters, the
   * tone and risk models). Asked after each pause in typing; its verdict stands for that exact draft.
   * Left out, the page's literal check is all there is.
   */
  checkFully?: (draft: string, thread: Thread | undefined) => Promise<WordingFinding[]>;
  /** Counts one 仍然发送 for a rule (background `recordSentAnyway`). */
  recordSentAnyway: (ruleUid: string) => Promise<unknown>;
  /** Counts one stopped draft for each rule that stopped it (background `recordDraftHeld`). */
  recordDraftHeld: (ruleUids: string[]) => Promise<unknown>;
  resend: ResendMode;
  /** Ends the guard when aborted (a content script passes `ctx.signal`). */
  signal?: AbortSignal;
}

export interface SendGuard {
  view(): GuardView;
  /** React's useSyncExternalStore shape. */
  subscribe(listener: () => void): () => void;
  /** The reply box the panel belongs to, if the page shows one. */
  input(): HTMLElement | null;
  /** 替换: the clause holding `finding` becomes its safe alternative; false when nothing changed. */
  replace(finding: WordingFinding): Promise<boolean>;
  /** 仍然发送: counts the stop as overridden, then sends through the page (or asks the agent to). */
  sendAnyway(): Promise<void>;
  /** 取消 (or Esc): hides the panel and gives the reply box its focus back. */
  cancel(): void;
  /** Told of every stopped send (practice mode counts the risky drafts caught before sending). */
  onSendStopped(listener: (stopped: StoppedSend) => void): () => void;
  stop(): void;
}

/** Typing pauses this long before the draft is checked again (the send key is always checked at once). */
const LIVE_CHECK_DELAY_MS = 150;
/** After a send went through, when to look again: pages clear the box without an `input` event. */
const AFTER_SEND_LOOKS_MS = [120, 600] as const;
/** How long a click-sent page may take to clear the reply box before the guard says "press 发送". */
const CLICK_SEND_SETTLE_MS = 800;

/**
 * The send guard on one chat page (a client's content script, or the demo page). It never
 * sends and never blocks on its own account: it stops the page's own send — Enter in the reply
 * box, or a click on the send button — only when the draft has a `block` finding or an unfilled
 * placeholder such as `{日期}`, and then only that event (send-detector.ts). Every other key,
 * click and shortcut reaches the page untouched; nothing happens while an input method is
 * composing. When the guard itself fails, the send goes ahead. Three parts: the detector (where
 * sends and typing are heard), the panel state (guard-panel-state.ts: what the panel shows,
 * dismissals, 仍然发送's pass) and the replacement (replace-finding.ts); this function joins them
 * to the rules and the page.
 */
export function startSendGuard(options: SendGuardOptions): SendGuard {
  const { doc, adapter, rules } = options;
  const panel = createGuardPanelState();
  let stopped = false;
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The worker's latest verdict, and the draft it is for: it counts only while the draft is exactly that. */
  let fullVerdict: { draft: string; findings: WordingFinding[] } | undefined;
  let askedFor: string | undefined;
  const lookTimers = new Set<ReturnType<typeof setTimeout>>();

  function findInputSafely(): HTMLElement | null {
    try {
      return adapter.findInput(doc);
    } catch {
      return null;
    }
  }

  function threadNow(): Thread | undefined {
    try {
      return adapter.readThread(doc) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The draft's findings, decided synchronously (the send key cannot wait for the worker): the
   * worker's verdict when it is for this very draft, else the page's literal check.
   */
  function findingsOf(draft: string): WordingFinding[] {
    if (draft.trim() === '') return [];
    if (fullVerdict?.draft === draft) return fullVerdict.findings;
    try {
      return scanDraft(rules.current().compiled, draft, threadNow());
    } catch (error) {
      // Our failure must never cost the agent a send.
      logQuietly('send guard: wording check failed, the draft is not guarded', error);
      return [];
    }
  }

  function checkNow(): void {
    const input = findInputSafely();
    if (!input) {
      panel.hide();
      return;
    }
    const draft = readEditorText(input);
    panel.hasPass(draft); // drops a pass the draft no longer matches
    panel.showDraft(draft, findingsOf(draft));
    askWorker(draft);
  }

  /** Asks the worker for its full verdict on `draft`, and shows it if the draft is still that. */
  function askWorker(draft: string): void {
    const { checkFully } = options;
    if (!checkFully || draft.trim() === '' || fullVerdict?.draft === draft || askedFor === draft) return;
    askedFor = draft;
    checkFully(draft, threadNow()).then(
      (findings) => {
        if (askedFor === draft) askedFor = undefined;
        if (stopped) return;
        fullVerdict = { draft, findings };
        const input = findInputSafely();
        // A stopped send keeps its panel; the next edit or Enter reads the verdict.
        if (input && readEditorText(input) === draft && panel.view().status !== 'blocked') panel.showDraft(draft, findings);
      },
      (error: unknown) => {
        if (askedFor === draft) askedFor = undefined;
        // The worker may be restarting: the page's own check stands.
        logQuietly('send guard: the full check did not answer, the literal check stands', error);
      },
    );
  }

  function checkSoon(delay: number): void {
    const timer = setTimeout(() => {
      lookTimers.delete(timer);
      checkNow();
    }, delay);
    lookTimers.add(timer);
  }

  /**
   * One risky draft stopped, for the lead's count per rule. Pressing send again on the same
   * stopped draft is the same draft, not another. A lost count is the lead's statistic, not the agent's problem.
   */
  function countHeld(draft: string, findings: readonly WordingFinding[]): void {
    const view = panel.view();
    if (view.status === 'blocked' && view.draft === draft) return;
    const { uidOf } = rules.current();
    const ruleUids = [...new Set(blockingRuleIds(findings).map(uidOf))];
    if (ruleUids.length > 0) void options.recordDraftHeld(ruleUids).catch(() => undefined);
  }

  /** A send is about to happen from `input`: true when it must be stopped. */
  function stopsSend(input: HTMLElement): boolean {
    const draft = readEditorText(input);
    if (draft.trim() === '' || panel.hasPass(draft)) {
      AFTER_SEND_LOOKS_MS.forEach(checkSoon);
      return false;
    }
    const findings = findingsOf(draft);
    if (shouldStopSend(findings, draft)) {
      countHeld(draft, findings);
      panel.block(draft, findings);
      return true;
    }
    panel.showDraft(draft, findings);
    AFTER_SEND_LOOKS_MS.forEach(checkSoon);
    return false;
  }

  const stopDetecting = detectSends({
    doc,
    adapter,
    onSend: stopsSend,
    onEdit() {
      clearTimeout(liveTimer);
      liveTimer = setTimeout(checkNow, LIVE_CHECK_DELAY_MS);
      // A flag just added in the popup should count from the agent's next words on.
      void rules.refresh();
    },
    onFocus: () => void rules.refresh(),
  });
  // New rules (a flag from the popup) apply to the draft already written, not only to the next
  // keystroke; a verdict of the worker's from before them no longer counts.
  const unsubscribeRules = rules.subscribe(() => {
    fullVerdict = undefined;
    askedFor = undefined;
    checkNow();
  });
  // Frames without a reply box (ads, widgets in about:blank frames) wait until one is used.
  if (findInputSafely()) void rules.refresh(true);

  /** Back to the reply box; a caret already in it stays where it is (after a replacement, say). */
  function giveFocusBack(input: HTMLElement | null): void {
    if (!input?.isConnected) return;
    const active = doc.activeElement;
    if (active === input || (active && input.contains(active))) return;
    restoreCaret(input, null);
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    stopDetecting();
    unsubscribeRules();
    clearTimeout(liveTimer);
    lookTimers.forEach((timer) => clearTimeout(timer));
    lookTimers.clear();
    options.signal?.removeEventListener('abort', stop);
    panel.clear();
  }
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener('abort', stop);

  return {
    view: panel.view,
    subscribe: panel.subscribe,
    input: findInputSafely,

    async replace(finding) {
      const input = findInputSafely();
      if (!input || stopped) return false;
      const replaced = await replaceFinding(input, finding, findingsOf);
      if (!replaced) {
        checkNow();
        return false;
      }
      if (shouldStopSend(replaced.findings, replaced.draft) && panel.view().status === 'blocked') {
        // Another blocking finding is left: the panel takes the focus again for the next one.
        panel.blockAgain(replaced.draft, replaced.findings);
      } else {
        panel.showDraft(replaced.draft, replaced.findings);
        giveFocusBack(input);
      }
      return replaced.changed;
    },

    async sendAnyway() {
      const input = findInputSafely();
      if (!input) {
        panel.hide();
        return;
      }
      const draft = readEditorText(input);
      const { uidOf } = rules.current();
      for (const ruleId of blockingRuleIds(findingsOf(draft))) {
        // A lost count is the lead's statistic, not the agent's problem.
        void options.recordSentAnyway(uidOf(ruleId)).catch(() => undefined);
      }
      panel.grantPass(draft);
      let button: HTMLElement | null = null;
      try {
        button = options.resend === 'click' ? adapter.findSendButton(doc) : null;
      } catch {
        button = null;
      }
      giveFocusBack(input);
      if (!button) {
        panel.askToResend(draft, options.resend === 'by-hand' ? 'site-ignores-click' : 'not-confirmed');
        return;
      }
      panel.hide();
      button.click();
      await new Promise((resolve) => setTimeout(resolve, CLICK_SEND_SETTLE_MS));
      if (!stopped && input.isConnected && readEditorText(input) === draft && panel.hasPass(draft)) {
        panel.askToResend(draft, 'not-confirmed');
      }
    },

    onSendStopped: panel.onSendStopped,

    cancel() {
      panel.dismiss();
      giveFocusBack(findInputSafely());
    },

    stop,
  };
}
