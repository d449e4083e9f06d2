import { readDraft } from '../sites/read-draft';
import type { SiteAdapter } from '../sites/site-adapter';
import { watchInsertionOutcome, type OutcomeWatch, type PageSnapshot } from './insertion-outcome';
import { type InsertionOutcome } from '../schemas/page-results';

export interface OutcomeReport {
  phraseUid: string;
  intent: string;
  outcome: InsertionOutcome;
}

export interface OutcomeReporterOptions {
  doc: Document;
  adapter: Pick<SiteAdapter, 'readThread' | 'findInput'>;
  /** Sends the outcome to the background (ids and the outcome only, never the text). */
  report(outcome: OutcomeReport): Promise<unknown>;
  onError(error: unknown): void;
  /** An insertion left alone this long tells nothing; the watch ends without a report. */
  giveUpAfterMs?: number;
  /** How long page changes settle before the page is read again. */
  settleMs?: number;
}

/** A phrase that went into the reply box, as its outcome is watched (ids and text, never stored). */
export interface WatchedInsertion {
  text: string;
  phraseUid: string;
  intent: string;
}

export interface OutcomeReporter {
  /** Starts watching what becomes of a phrase just inserted; a newer insertion ends the older watch. */
  watch(insertion: WatchedInsertion): void;
  stop(): void;
}

const GIVE_UP_AFTER_MS = 10 * 60_000;
const SETTLE_MS = 150;

/**
 * Page glue for insertion-outcome.ts: reads the reply box and the agent's messages whenever the
 * page changes or the agent types, until the phrase was sent or deleted. A conversation switch
 * (fewer agent messages than before, or no thread) ends the watch without a report.
 */
export function createOutcomeReporter(options: OutcomeReporterOptions): OutcomeReporter {
  const { doc, adapter } = options;
  let stopCurrent: (() => void) | null = null;

  function snapshot(): PageSnapshot | null {
    let thread;
    try {
      thread = adapter.readThread(doc);
    } catch {
      thread = null;
    }
    if (!thread) return null;
    const agentMessages = thread.messages.filter((message) => message.role === 'agent').map((message) => message.text);
    return { draft: readDraft(adapter, doc).text, agentMessages };
  }

  function watch({ text, phraseUid, intent }: { text: string; phraseUid: string; intent: string }): void {
    stopCurrent?.();
    const taken = snapshot();
    if (!taken) return;
    const before: PageSnapshot = taken;
    const outcomeWatch: OutcomeWatch = watchInsertionOutcome(text, before);
    const view = doc.defaultView ?? window;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(schedule);
    const listeners = new AbortController();

    function end(): void {
      observer.disconnect();
      listeners.abort();
      clearTimeout(timer);
      clearTimeout(giveUp);
      if (stopCurrent === end) stopCurrent = null;
    }

    function check(): void {
      const now = snapshot();
      if (!now || now.agentMessages.length < before.agentMessages.length) return end();
      const outcome = outcomeWatch.observe(now);
      if (outcome === undefined) return;
      end();
      options.report({ phraseUid, intent, outcome }).catch(options.onError);
    }

    function schedule(): void {
      clearTimeout(timer);
      timer = setTimeout(check, options.settleMs ?? SETTLE_MS);
    }

    observer.observe(doc, { subtree: true, childList: true, characterData: true });
    for (const type of ['input', 'keyup', 'cut', 'paste'] as const) {
      view.addEventListener(type, schedule, { capture: true, signal: listeners.signal });
    }
    const giveUp = setTimeout(end, options.giveUpAfterMs ?? GIVE_UP_AFTER_MS);
    stopCurrent = end;
  }

  return { watch, stop: () => stopCurrent?.() };
}
