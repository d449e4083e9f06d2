import type { WordingFinding } from '../schemas/risky-wording-finding';
import { shouldStopSend } from './send-decision';

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

/** 仍然发送 lets this exact draft through for this long (the agent re-sends by hand within it). */
export const SEND_ANYWAY_PASS_MS = 60_000;

const HIDDEN: GuardView = { status: 'hidden' };

function findingsSignature(draft: string, findings: readonly WordingFinding[]): string {
  return JSON.stringify([draft, findings.map((finding) => [finding.ruleId, finding.start, finding.end])]);
}

export interface GuardPanelState {
  view(): GuardView;
  /** React's useSyncExternalStore shape. */
  subscribe(listener: () => void): () => void;
  /** The draft as it stands outside a send: findings shown (unless dismissed), nothing stopped. */
  showDraft(draft: string, findings: readonly WordingFinding[]): void;
  /** A send was stopped: the panel shows it and takes the focus again (a new attempt). */
  block(draft: string, findings: readonly WordingFinding[]): void;
  /** After a 替换 another blocking finding is left: the panel takes the focus again for it. */
  blockAgain(draft: string, findings: readonly WordingFinding[]): void;
  /** 仍然发送 could not be confirmed: the agent presses 发送 once more. */
  askToResend(draft: string, why: 'site-ignores-click' | 'not-confirmed'): void;
  /** 仍然发送: this exact draft may go out for a while. */
  grantPass(draft: string): void;
  /** Whether `draft` still holds a pass; a pass for another draft, or an old one, is dropped. */
  hasPass(draft: string): boolean;
  /** 取消 (or Esc): hidden, and the same findings of the same draft stay hidden. */
  dismiss(): void;
  hide(): void;
  /** Told of every stopped send (practice mode counts the risky drafts caught before sending). */
  onSendStopped(listener: (stopped: StoppedSend) => void): () => void;
  clear(): void;
}

/**
 * The send guard's panel as state, without the page: what it shows, which findings the agent
 * dismissed, how often a send was stopped, and the pass 仍然发送 grants. `now` is injectable so
 * a pass's expiry can be tested without waiting.
 */
export function createGuardPanelState(now: () => number = Date.now): GuardPanelState {
  const listeners = new Set<() => void>();
  const stopListeners = new Set<(stopped: StoppedSend) => void>();
  let current: GuardView = HIDDEN;
  let attempts = 0;
  let dismissed: string | null = null;
  let pass: { draft: string; until: number } | null = null;

  function setView(next: GuardView): void {
    if (next === current) return;
    current = next;
    listeners.forEach((listener) => listener());
  }

  function hasPass(draft: string): boolean {
    if (pass && (pass.draft !== draft || now() > pass.until)) pass = null;
    return pass !== null;
  }

  return {
    view: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    showDraft(draft, findings) {
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
    },
    block(draft, findings) {
      attempts += 1;
      dismissed = null;
      setView({ status: 'blocked', draft, findings, attempt: attempts });
      stopListeners.forEach((listener) => listener({ draft, findings }));
    },
    blockAgain(draft, findings) {
      attempts += 1;
      setView({ status: 'blocked', draft, findings, attempt: attempts });
    },
    askToResend(draft, why) {
      setView({ status: 'resend', draft, why });
    },
    grantPass(draft) {
      pass = { draft, until: now() + SEND_ANYWAY_PASS_MS };
    },
    hasPass,
    dismiss() {
      if (current.status === 'notice' || current.status === 'blocked') dismissed = findingsSignature(current.draft, current.findings);
      setView(HIDDEN);
    },
    hide: () => setView(HIDDEN),
    onSendStopped(listener) {
      stopListeners.add(listener);
      return () => stopListeners.delete(listener);
    },
    clear() {
      stopListeners.clear();
      setView(HIDDEN);
    },
  };
}
