import { editingHostOf } from '../editors/editable';
import { inputKeyRegistry, KEY_HANDLER_PRIORITY } from '../page/input-key-handlers';
import { isInsideExtensionUi } from '../sites/extension-ui';
import type { SiteAdapter } from '../sites/site-adapter';
import { isSendKey } from './send-decision';

export interface SendDetectorOptions {
  doc: Document;
  adapter: Pick<SiteAdapter, 'findInput' | 'findSendButton'>;
  /**
   * A send is about to leave `input` (Enter in it, or a click on the send button): true stops
   * that one event before the page sees it.
   */
  onSend(input: HTMLElement): boolean;
  /** The agent typed in the reply box. */
  onEdit(): void;
  /** The reply box (or the page's window) got the focus. */
  onFocus(): void;
}

/**
 * Where the send guard listens on a page: the page's own ways to send (a plain Enter in the
 * reply box, through the page's one key-handler registry, so it stays IME-safe and ordered
 * with the bar's and the picker's keys; a click on the send button, in the capture phase ahead
 * of the page) and the agent's typing. Only the event of a stopped send is cancelled; every
 * other key, click and shortcut reaches the page untouched. Returns a function that stops it.
 */
export function detectSends({ doc, adapter, onSend, onEdit, onFocus }: SendDetectorOptions): () => void {
  const view = doc.defaultView;
  if (!view) throw new Error('detectSends: the document has no window');
  const ended = new AbortController();

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

  const unregisterKey = inputKeyRegistry(view).register({
    name: 'send-guard',
    priority: KEY_HANDLER_PRIORITY.sendGuard,
    onKeyDown(event) {
      if (!isSendKey(event)) return 'pass';
      const input = replyBoxOf(event.composedPath()[0]);
      return input && onSend(input) ? 'claim' : 'pass';
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
    if (input && onSend(input)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  const capture = { capture: true, signal: ended.signal };
  view.addEventListener('click', onClick, capture);
  doc.addEventListener('input', (event) => replyBoxOf(event.composedPath()[0]) && onEdit(), capture);
  doc.addEventListener('focusin', (event) => replyBoxOf(event.composedPath()[0]) && onFocus(), capture);
  view.addEventListener('focus', onFocus, capture);

  return () => {
    ended.abort();
    unregisterKey();
  };
}
