import { deepActiveElement, editingHostOf } from '../editors/editable';
import { insertText as insertThroughChain } from '../editors/insert-text';
import { selectFirstUnfilledOf } from '../editors/select-placeholder';
import type { InsertResult, PageThread } from '../schemas/page-results';
import type { Thread } from '../schemas/thread';
import type { SiteAdapter } from '../sites/site-adapter';
import type { ThreadChange } from '../thread/thread-change';
import { watchThread, type FrameScheduler } from '../thread/watch-thread';
import { restoreCaret, saveCaret, type SavedCaret } from './caret-memory';
import { isInsideExtensionUi } from '../sites/extension-ui';
import { readsThroughFallback } from '../sites/generic-fallback';
import type { PageHealthMonitor } from './page-health-monitor';

export interface PageSessionOptions {
  adapter: SiteAdapter;
  doc: Document;
  /** Called on each real change of the open conversation; without it nothing is watched. */
  onThreadChange?: (change: ThreadChange) => void;
  /** Ends the session when aborted (a content script passes `ctx.signal`). */
  signal?: AbortSignal;
  scheduler?: FrameScheduler;
  /** On a stock client: whether the page still matches its adapter (readPageHealth, exportPageStructure). */
  health?: PageHealthMonitor;
}

/** Where an insertion in this frame would go; lets frames of one tab agree who answers. */
export interface InputState {
  /** `remembered`: the agent worked in it; `found`: the adapter sees one; `none`. */
  input: 'remembered' | 'found' | 'none';
  /** The page shows a conversation the adapter can locate. */
  hasMessageList: boolean;
  /** Focus sits in a child frame: the agent is working there, not in this document. */
  focusInChildFrame: boolean;
}

export interface PageSession {
  readonly adapter: SiteAdapter;
  /** Absent where no stock client's adapter reads the page (the demo, custom sites). */
  readonly health?: PageHealthMonitor;
  readThread(): PageThread;
  /**
   * Inserts `text` where the agent was working: refocuses the reply box they last used, puts
   * the caret back, inserts through the editor chain and reads the box back. Never sends.
   * `into`: a reply box the caller holds the live caret in (the `/` picker's).
   */
  insertText(text: string, into?: HTMLElement): Promise<InsertResult>;
  inputState(): InputState;
  stop(): void;
}

/**
 * The page side of one chat page (a client tab's frame, or the demo page): reads the thread
 * through the site adapter and remembers the agent's reply box and caret, so an insertion
 * requested from the popup or a panel (which took the focus) lands where the agent was typing.
 */
export function startPageSession({ adapter, doc, onThreadChange, signal, scheduler, health }: PageSessionOptions): PageSession {
  let stopped = false;
  let lastInput: HTMLElement | null = null;
  let lastCaret: SavedCaret | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new AbortController();

  const findInputSafely = (): HTMLElement | null => {
    try {
      return adapter.findInput(doc);
    } catch {
      return null;
    }
  };

  /** The reply box `target` belongs to, when it is the one the adapter considers the chat's. */
  function replyBoxOf(target: Element): HTMLElement | null {
    if (isInsideExtensionUi(target)) return null;
    const input = findInputSafely();
    if (!input) return null;
    return input === target || input.contains(target) || editingHostOf(target) === input ? input : null;
  }

  function isWorkingIn(input: HTMLElement): boolean {
    const active = deepActiveElement(doc);
    return !!active && (active === input || input.contains(active));
  }

  function rememberCaret(): void {
    if (lastInput && isWorkingIn(lastInput)) lastCaret = saveCaret(lastInput) ?? lastCaret;
  }

  function onFocusIn(event: FocusEvent): void {
    // The innermost target: focus inside a web component's shadow root is retargeted to its host.
    const target = event.composedPath()[0] as Partial<Node> | undefined;
    if (target?.nodeType !== 1 /* ELEMENT_NODE */) return;
    const input = replyBoxOf(target as Element);
    if (!input) return;
    if (input !== lastInput) lastCaret = null;
    lastInput = input;
    rememberCaret();
  }

  const options = { capture: true, signal: listeners.signal };
  doc.addEventListener('focusin', onFocusIn, options);
  // Any of these may move the caret; selectionchange alone misses text controls in some engines.
  for (const type of ['selectionchange', 'input', 'keyup', 'mouseup', 'focusout'] as const) {
    doc.addEventListener(type, rememberCaret, options);
  }

  const watcher = onThreadChange ? watchThread({ doc, adapter, onChange: onThreadChange, scheduler, signal: listeners.signal }) : null;

  /** The remembered reply box while it is still on the page, else whatever the adapter finds now. */
  function currentInput(): { input: HTMLElement | null; remembered: boolean } {
    if (lastInput?.isConnected) return { input: lastInput, remembered: true };
    lastInput = null;
    lastCaret = null;
    return { input: findInputSafely(), remembered: false };
  }

  function readThreadSafely(): Thread | null {
    try {
      return adapter.readThread(doc);
    } catch {
      return null;
    }
  }

  async function insertNow(text: string, into: HTMLElement | undefined): Promise<InsertResult> {
    if (stopped) return { ok: false, reason: 'invalidated' };
    const input = into?.isConnected ? into : currentInput().input;
    if (!input) return { ok: false, reason: 'no-input' };
    // Still focused (the popup only took the window's focus): the live caret is the truth.
    if (!isWorkingIn(input)) restoreCaret(input, input === lastInput ? lastCaret : null);
    const result = await insertThroughChain(input, text);
    // A blank only the agent can fill ({日期}, an unknown {订单号}): what they type next replaces it.
    if (result.ok) selectFirstUnfilledOf(input, text);
    lastInput = input;
    lastCaret = saveCaret(input) ?? lastCaret;
    return result;
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    listeners.abort();
    watcher?.stop();
    health?.stop();
    signal?.removeEventListener('abort', stop);
  }
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop);

  return {
    adapter,
    health,
    readThread() {
      const thread = stopped ? null : readThreadSafely();
      return {
        site: adapter.id,
        hasInput: !stopped && currentInput().input !== null,
        thread,
        adapterFallback: readsThroughFallback(adapter.id, thread),
      };
    },
    insertText(text, into) {
      // One at a time: a second click while the first insertion settles must not interleave.
      const next = queue.then(() => insertNow(text, into));
      queue = next.catch(() => undefined);
      return next;
    },
    inputState() {
      const { input, remembered } = currentInput();
      const active = doc.activeElement;
      let hasMessageList = false;
      try {
        hasMessageList = adapter.findMessageList(doc) !== null;
      } catch {
        hasMessageList = false;
      }
      return {
        input: input ? (remembered ? 'remembered' : 'found') : 'none',
        hasMessageList,
        focusInChildFrame: !!active && (active.tagName === 'IFRAME' || active.tagName === 'FRAME'),
      };
    },
    stop,
  };
}
