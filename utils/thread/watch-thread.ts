import type { Thread } from '../schemas/thread';
import type { SiteAdapter } from '../sites/site-adapter';
import { classifyThreadChange, threadFingerprint, type ThreadChange } from './thread-change';

/** How the watcher waits for the next frame; a content script passes `ctx.requestAnimationFrame`. */
export interface FrameScheduler {
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
}

export interface WatchThreadOptions {
  doc: Document;
  adapter: SiteAdapter;
  onChange(change: ThreadChange): void;
  scheduler?: FrameScheduler;
  /** Stops the watcher when aborted (a content script passes `ctx.signal`). */
  signal?: AbortSignal;
}

export interface ThreadWatcher {
  stop(): void;
}

/** rAF never fires in a hidden tab; the timer keeps a background chat's thread current anyway. */
const HIDDEN_TAB_FRAME_MS = 250;

function defaultScheduler(view: Window): FrameScheduler {
  const pending = new Map<number, { frame: number; timer: number }>();
  let nextHandle = 1;
  const cancel = (handle: number): void => {
    const entry = pending.get(handle);
    if (!entry) return;
    pending.delete(handle);
    view.cancelAnimationFrame(entry.frame);
    view.clearTimeout(entry.timer);
  };
  return {
    requestFrame(callback) {
      const handle = nextHandle++;
      const once = (): void => {
        if (!pending.has(handle)) return;
        cancel(handle);
        callback();
      };
      pending.set(handle, { frame: view.requestAnimationFrame(once), timer: view.setTimeout(once, HIDDEN_TAB_FRAME_MS) });
      return handle;
    },
    cancelFrame: cancel,
  };
}

/**
 * Reports each real change of the open conversation. Watches the message list (or the whole
 * body until a list appears, and for the list being replaced when the agent switches
 * conversations), and the client's product panel for text and attributes changed in place. The
 * first change after a quiet spell is reported at once, in the mutation callback; a burst of
 * changes after it (a conversation rendering, history loading above) is read at most once per
 * animation frame. A change is reported only when the thread's fingerprint differs from the last
 * report.
 */
export function watchThread({ doc, adapter, onChange, scheduler, signal }: WatchThreadOptions): ThreadWatcher {
  const view = doc.defaultView;
  const Observer = view?.MutationObserver;
  if (!view || !Observer) return { stop() {} };
  const frames: FrameScheduler = scheduler ?? defaultScheduler(view);

  const readSafely = (): Thread | null => {
    try {
      return adapter.readThread(doc);
    } catch {
      return null; // a page in the middle of rendering can trip an adapter; the next change retries
    }
  };

  let list: Element | null = adapter.findMessageList(doc);
  let panel: Element | null = findPanel();
  let lastThread = readSafely();
  let lastFingerprint = threadFingerprint(lastThread);
  let busy = false;
  let dirty = false;
  let pendingFrame: number | null = null;
  let stopped = false;

  // Structure anywhere on the page: the list appearing, being replaced, rows added.
  const pageObserver = new Observer(onMutations);
  // Inside the list only: text edited in place, a row's class flipping (recalled, read).
  const listObserver = new Observer(onMutations);
  // Inside the product panel only: clients rewrite its title, SKU and item id in place when
  // another conversation opens, which no structural change on the page announces.
  const panelObserver = new Observer(onMutations);

  function findPanel(): Element | null {
    try {
      return adapter.findProductPanel?.(doc) ?? null;
    } catch {
      return null;
    }
  }

  function observeList(): void {
    listObserver.disconnect();
    if (list) listObserver.observe(list, { subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  }

  function observePanel(): void {
    panelObserver.disconnect();
    if (panel) panelObserver.observe(panel, { subtree: true, characterData: true, attributes: true });
  }

  function check(): void {
    const currentList = adapter.findMessageList(doc);
    if (currentList !== list) {
      list = currentList;
      observeList();
    }
    const currentPanel = findPanel();
    if (currentPanel !== panel) {
      panel = currentPanel;
      observePanel();
    }
    const thread = readSafely();
    const fingerprint = threadFingerprint(thread);
    if (fingerprint === lastFingerprint) return;
    const kind = classifyThreadChange(lastThread, thread);
    lastThread = thread;
    lastFingerprint = fingerprint;
    onChange({ thread, kind });
  }

  function onFrame(): void {
    pendingFrame = null;
    if (stopped) return;
    if (!dirty) {
      busy = false; // a frame without changes: the next one is reported immediately again
      return;
    }
    dirty = false;
    check();
    pendingFrame = frames.requestFrame(onFrame);
  }

  function onMutations(): void {
    if (stopped) return;
    if (busy) {
      dirty = true;
      return;
    }
    busy = true;
    check();
    pendingFrame = frames.requestFrame(onFrame);
  }

  pageObserver.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  observeList();
  observePanel();

  function stop(): void {
    if (stopped) return;
    stopped = true;
    pageObserver.disconnect();
    listObserver.disconnect();
    panelObserver.disconnect();
    if (pendingFrame !== null) frames.cancelFrame(pendingFrame);
    signal?.removeEventListener('abort', stop);
  }
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop);
  return { stop };
}
