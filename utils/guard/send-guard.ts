import { editingHostOf, readEditorText } from '../editors/editable';
import { restoreCaret } from '../page/caret-memory';
import { isInsideExtensionUi } from '../sites/extension-ui';
import { logQuietly } from '../page/quiet-errors';
import { inputKeyRegistry, KEY_HANDLER_PRIORITY } from '../page/input-key-handlers';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { Thread } from '../schemas/thread';
import type { SiteAdapter } from '../sites/site-adapter';
import { checkWording } from '../risky-wording/check-wording';
import type { WordingRulesSource } from './page-risky-wording-rules';
import { applyReplacement, planReplacement } from './plan-replacement';
import { replaceInEditor } from './replace-in-editor';
import type { ResendMode } from './resend-mode';
import { blockingRuleIds, isSendKey, shouldStopSend } from './send-decision';

/**
 * What the guard panel shows.
 * - `notice`: findings in the draft as the agent types; nothing is stopped.
 * - `blocked`: a send was stopped; `attempt` counts stopped sends, so the panel takes the focus
 *   again on each one.
 * - `resend`: 仍然发送 was chosen but the page did not take the guard's click (`site-ignores-click`:
 *   a client known to ignore synthetic sends; `not-confirmed`: the draft is still there after the
 *   click): the agent presses 发送 once more and the guard lets that draft through.
 */
export type GuardView =
  | { readonly status: 'hidden' }
  | { readonly status: 'notice'; readonly draft: string; readonly findings: readonly WordingFinding[] }
  | { readonly status: 'blocked'; readonly draft: string; readonly findings: readonly WordingFinding[]; readonly attempt: number }
  | { readonly status: 'resend'; readonly draft: string; readonly why: 'site-ignores-click' | 'not-confirmed' };

/** A send the guard stopped: the draft as it stood and what stopped it. */
export interface StoppedSend {
  readonly draft: string;
  readonly findings: readonly WordingFinding[];
}

export interface SendGuardOptions {
  doc: Document;
  adapter: Pick<SiteAdapter, 'findInput' | 'findSendButton' | 'readThread'>;
  rules: WordingRulesSource;
  /** Counts one 仍然发送 for a rule (background `recordSentAnyway`). */
  recordSentAnyway: (ruleUid: string) => Promise<unknown>;
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
/** 仍然发送 lets this exact draft through for this long (the agent re-sends by hand within it). */
const SEND_ANYWAY_PASS_MS = 60_000;

const HIDDEN: GuardView = { status: 'hidden' };

function findingsSignature(draft: string, findings: readonly WordingFinding[]): string {
  return JSON.stringify([draft, findings.map((finding) => [finding.ruleId, finding.start, finding.end])]);
}

/**
 * The send guard on one chat page (a client's content script, or the demo page). It never
 * sends and never blocks on its own account: it stops the page's own send — Enter in the reply
 * box, or a click on the send button — only when the draft has a `block` finding or an unfilled
 * placeholder such as `{日期}`, and then only
 * that event (preventDefault + stopImmediatePropagation, in the capture phase ahead of the page).
 * Every other key, click and shortcut reaches the page untouched; nothing happens while an
 * input method is composing. When the guard itself fails, the send goes ahead.
 */
export function startSendGuard(options: SendGuardOptions): SendGuard {
  const { doc, adapter, rules } = options;
  const view = doc.defaultView;
  if (!view) throw new Error('startSendGuard: the document has no window');
  const listeners = new Set<() => void>();
  const stopListeners = new Set<(stopped: StoppedSend) => void>();
  const ended = new AbortController();
  let current: GuardView = HIDDEN;
  let attempts = 0;
  let dismissed: string | null = null;
  let pass: { draft: string; until: number } | null = null;
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  const lookTimers = new Set<ReturnType<typeof setTimeout>>();

  function setView(next: GuardView): void {
    if (next === current) return;
    current = next;
    listeners.forEach((listener) => listener());
  }

  function findInputSafely(): HTMLElement | null {
    try {
      return adapter.findInput(doc);
    } catch {
      return null;
    }
  }

  /** The chat's reply box when `target` is in it; never our own panel. */
  function replyBoxOf(target: EventTarget | undefined): HTMLElement | null {
    if (!target || (target as Partial<Node>).nodeType !== 1 /* ELEMENT_NODE */) return null;
    const element = target as Element;
    if (isInsideExtensionUi(element)) return null;
    const input = findInputSafely();
    if (!input) return null;
    return input === element || input.contains(element) || editingHostOf(element) === input ? input : null;
  }

  function threadNow(): Thread | undefined {
    try {
      return adapter.readThread(doc) ?? undefined;
    } catch {
      return undefined;
    }
  }

  function findingsOf(draft: string): WordingFinding[] {
    if (draft.trim() === '') return [];
    try {
      return checkWording(rules.current().compiled, draft, threadNow());
    } catch (error) {
      // Our failure must never cost the agent a send.
      logQuietly('send guard: wording check failed, the draft is not guarded', error);
      return [];
    }
  }

  function hasPass(draft: string): boolean {
    if (pass && (pass.draft !== draft || Date.now() > pass.until)) pass = null;
    return pass !== null;
  }

  /** The panel as the draft stands now, outside a send: findings shown, nothing stopped. */
  function showDraft(draft: string, findings: readonly WordingFinding[]): void {
    if (current.status === 'resend' && hasPass(draft)) return;
    // A stopped send stays stopped until the agent changes the draft or decides in the panel.
    if (current.status === 'blocked' && current.draft === draft && shouldStopSend(findings, draft)) return;
    if (findings.length === 0) {
      dismissed = null;
      setView(HIDDEN);
      return;
    }
    const signature = findingsSignature(draft, findings);
    if (signature === dismissed) return;
    dismissed = null;
    if (current.status === 'notice' && findingsSignature(current.draft, current.findings) === signature) return;
    setView({ status: 'notice', draft, findings });
  }

  function checkNow(): void {
    const input = findInputSafely();
    if (!input) {
      setView(HIDDEN);
      return;
    }
    const draft = readEditorText(input);
    hasPass(draft); // drops a pass the draft no longer matches
    showDraft(draft, findingsOf(draft));
  }

  function checkSoon(delay: number): void {
    const timer = setTimeout(() => {
      lookTimers.delete(timer);
      checkNow();
    }, delay);
    lookTimers.add(timer);
  }

  /** A send is about to happen from `input`: true when it must be stopped. */
  function stopsSend(input: HTMLElement): boolean {
    const draft = readEditorText(input);
    if (draft.trim() === '' || hasPass(draft)) {
      AFTER_SEND_LOOKS_MS.forEach(checkSoon);
      return false;
    }
    const findings = findingsOf(draft);
    if (shouldStopSend(findings, draft)) {
      attempts += 1;
      dismissed = null;
      setView({ status: 'blocked', draft, findings, attempt: attempts });
      stopListeners.forEach((listener) => listener({ draft, findings }));
      return true;
    }
    showDraft(draft, findings);
    AFTER_SEND_LOOKS_MS.forEach(checkSoon);
    return false;
  }

  const unregisterKey = inputKeyRegistry(view).register({
    name: 'send-guard',
    priority: KEY_HANDLER_PRIORITY.sendGuard,
    onKeyDown(event) {
      if (!isSendKey(event)) return 'pass';
      const input = replyBoxOf(event.composedPath()[0]);
      return input && stopsSend(input) ? 'claim' : 'pass';
    },
  });

  function onClick(event: MouseEvent): void {
    const target = event.composedPath()[0];
    let button: HTMLElement | null = null;
    try {
      button = adapter.findSendButton(doc);
    } catch {
      button = null;
    }
    if (!button || (target as Partial<Node> | undefined)?.nodeType === undefined || !button.contains(target as Node)) return;
    const input = findInputSafely();
    if (input && stopsSend(input)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  function onInput(event: Event): void {
    if (!replyBoxOf(event.composedPath()[0])) return;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(checkNow, LIVE_CHECK_DELAY_MS);
    // A flag just added in the popup should count from the agent's next words on.
    void rules.refresh();
  }

  function onFocusIn(event: FocusEvent): void {
    if (replyBoxOf(event.composedPath()[0])) void rules.refresh();
  }

  const capture = { capture: true, signal: ended.signal };
  view.addEventListener('click', onClick, capture);
  doc.addEventListener('input', onInput, capture);
  doc.addEventListener('focusin', onFocusIn, capture);
  view.addEventListener('focus', () => void rules.refresh(), capture);
  // New rules (a flag from the popup) apply to the draft already written, not only to the next keystroke.
  const unsubscribeRules = rules.subscribe(checkNow);
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
    ended.abort();
    unregisterKey();
    unsubscribeRules();
    clearTimeout(liveTimer);
    lookTimers.forEach((timer) => clearTimeout(timer));
    lookTimers.clear();
    options.signal?.removeEventListener('abort', stop);
    stopListeners.clear();
    setView(HIDDEN);
  }
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener('abort', stop);

  return {
    view: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    input: findInputSafely,

    async replace(finding) {
      const input = findInputSafely();
      if (!input || ended.signal.aborted) return false;
      const draft = readEditorText(input);
      // The agent may have typed since the panel was drawn: only a finding of this very draft is replaced.
      const fresh = findingsOf(draft).find((candidate) => candidate.ruleId === finding.ruleId && candidate.start === finding.start);
      if (!fresh) {
        checkNow();
        return false;
      }
      const replacement = planReplacement(draft, fresh, fresh.alternative['zh-CN']);
      const result = await replaceInEditor(input, replacement);
      const after = readEditorText(input);
      const changed = result.ok || after === applyReplacement(draft, replacement);
      const findings = findingsOf(after);
      if (shouldStopSend(findings, after) && current.status === 'blocked') {
        // Another blocking finding is left: the panel takes the focus again for the next one.
        attempts += 1;
        setView({ status: 'blocked', draft: after, findings, attempt: attempts });
      } else {
        showDraft(after, findings);
        giveFocusBack(input);
      }
      return changed;
    },

    async sendAnyway() {
      const input = findInputSafely();
      if (!input) {
        setView(HIDDEN);
        return;
      }
      const draft = readEditorText(input);
      const { uidOf } = rules.current();
      for (const ruleId of blockingRuleIds(findingsOf(draft))) {
        // A lost count is the lead's statistic, not the agent's problem.
        void options.recordSentAnyway(uidOf(ruleId)).catch(() => undefined);
      }
      pass = { draft, until: Date.now() + SEND_ANYWAY_PASS_MS };
      let button: HTMLElement | null = null;
      try {
        button = options.resend === 'click' ? adapter.findSendButton(doc) : null;
      } catch {
        button = null;
      }
      giveFocusBack(input);
      if (!button) {
        setView({ status: 'resend', draft, why: options.resend === 'by-hand' ? 'site-ignores-click' : 'not-confirmed' });
        return;
      }
      setView(HIDDEN);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, CLICK_SEND_SETTLE_MS));
      if (!ended.signal.aborted && input.isConnected && readEditorText(input) === draft && hasPass(draft)) {
        setView({ status: 'resend', draft, why: 'not-confirmed' });
      }
    },

    onSendStopped(listener) {
      stopListeners.add(listener);
      return () => stopListeners.delete(listener);
    },

    cancel() {
      if (current.status === 'notice' || current.status === 'blocked') dismissed = findingsSignature(current.draft, current.findings);
      setView(HIDDEN);
      giveFocusBack(findInputSafely());
    },

    stop,
  };
}
