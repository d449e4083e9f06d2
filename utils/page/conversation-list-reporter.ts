import type { Thread } from '../schemas/thread';
import type { ConversationListEntry, ConversationListReport } from '../schemas/waiting-queue';
import type { SiteAdapter } from '../sites/site-adapter';
import { conversationReport, reportFingerprint } from './conversation-list-report';

/** At most one reading of the list per this long, however busy the page is. */
export const LIST_READ_THROTTLE_MS = 500;
/** Unchanged readings are sent again this often, so a restarted worker hears from the tab. */
export const LIST_HEARTBEAT_MS = 30_000;

/** The timers the reporter uses; tests pass fake ones. */
export interface ReporterClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  setInterval(callback: () => void, ms: number): number;
  clearInterval(handle: number): void;
}

export interface ConversationListReporterOptions {
  adapter: Pick<SiteAdapter, 'id' | 'readConversationList'>;
  doc: Document;
  /** The open conversation as the page session reads it now. */
  readThread(): Thread | null;
  /** Sends one report (the background client's `reportConversationList`). */
  send(report: ConversationListReport): Promise<unknown>;
  /** Where a failed send or reading is logged (quietly: the page never sees our errors). */
  onError(where: string, error: unknown): void;
  /** Ends the reporter when aborted (a content script passes `ctx.signal`). */
  signal?: AbortSignal;
  clock?: ReporterClock;
}

export interface ConversationListReporter {
  /** Reads now (the thread changed, say), throttled like a page change. */
  poke(): void;
  stop(): void;
}

function windowClock(view: Window): ReporterClock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => view.setTimeout(callback, ms),
    clearTimeout: (handle) => view.clearTimeout(handle),
    setInterval: (callback, ms) => view.setInterval(callback, ms),
    clearInterval: (handle) => view.clearInterval(handle),
  };
}

/** What changes on a list: rows added, moved or removed, a badge's count, a row's class, title or visibility. */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'title', 'hidden', 'data-btm', 'data-btm-id'],
};

/**
 * Tells the worker's waiting queue who waits on this page: reads the adapter's conversation list
 * and the open thread when the page loads and whenever the page changes (at most once per
 * LIST_READ_THROTTLE_MS), sends the report only when it differs from the last one sent, and sends
 * it again every LIST_HEARTBEAT_MS. A frame that never showed a list or a conversation (a client's
 * shell around its chat frame) sends nothing; one that did and no longer does sends its empty list
 * once, so its buyers leave the queue.
 */
export function startConversationListReporter(options: ConversationListReporterOptions): ConversationListReporter {
  const { adapter, doc, readThread, send, onError, signal } = options;
  const view = doc.defaultView;
  if (!view) return { poke() {}, stop() {} };
  const clock = options.clock ?? windowClock(view);

  const EMPTY = reportFingerprint({ site: 'none', entries: [] });
  let lastSent = EMPTY;
  let lastReadAt = -Infinity;
  let pending: number | null = null;
  let stopped = false;
  /** Failed sends in a row are logged once: a worker that is restarting fails each heartbeat alike. */
  let failing = false;

  function readList(): ConversationListEntry[] {
    try {
      return adapter.readConversationList?.(doc) ?? [];
    } catch (error) {
      onError('conversation list', error);
      return [];
    }
  }

  function readThreadSafely(): Thread | null {
    try {
      return readThread();
    } catch (error) {
      onError('conversation list thread', error);
      return null;
    }
  }

  function deliver(report: ConversationListReport, fingerprint: string): void {
    lastSent = fingerprint;
    send(report).then(
      () => {
        failing = false;
      },
      (error: unknown) => {
        // The heartbeat tries again; a worker that was asleep or restarting answers next time.
        if (!failing) onError('report conversation list', error);
        failing = true;
      },
    );
  }

  /** `again`: send a non-empty reading even when unchanged (the heartbeat). */
  function read(again = false): void {
    pending = null;
    if (stopped) return;
    lastReadAt = clock.now();
    const report = conversationReport(adapter.id, readList(), readThreadSafely());
    const fingerprint = report.entries.length === 0 ? EMPTY : reportFingerprint(report);
    if (fingerprint !== lastSent || (again && fingerprint !== EMPTY)) deliver(report, fingerprint);
  }

  function poke(): void {
    if (stopped || pending !== null) return;
    // The first change after a quiet spell is read at once; a burst after it, once per throttle.
    const wait = Math.max(0, lastReadAt + LIST_READ_THROTTLE_MS - clock.now());
    pending = clock.setTimeout(() => read(), wait);
  }

  const observer = new view.MutationObserver(poke);
  observer.observe(doc.body ?? doc.documentElement, OBSERVED);
  const heartbeat = clock.setInterval(() => {
    if (lastSent !== EMPTY) read(true);
  }, LIST_HEARTBEAT_MS);

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (pending !== null) clock.clearTimeout(pending);
    clock.clearInterval(heartbeat);
    signal?.removeEventListener('abort', stop);
  }
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop);

  read();
  return { poke, stop };
}
