import { editingHostOf } from '../editors/editable';
import type { InsertResult } from '../schemas/page-results';
import { isInsideExtensionUi } from '../sites/extension-ui';
import { inputKeyRegistry, KEY_HANDLER_PRIORITY, type KeyVerdict } from '../page/input-key-handlers';
import { logQuietly } from '../page/quiet-errors';
import type { InsertPhrase } from '../page/phrase-insertion';
import type { PickerPhrase } from '../schemas/picker-phrase';
import type { SiteAdapter } from '../sites/site-adapter';
import { caretRect, selectTextRange, textBeforeCaret } from '../editors/editor-text-range';
import { findTrigger, type ShortcutTrigger } from './find-trigger';

/** Where the caret is on screen (viewport coordinates), for the list to sit next to it. */
export interface PickerAnchor {
  left: number;
  top: number;
  bottom: number;
}

export type PickerView =
  | { readonly status: 'closed' }
  | {
      readonly status: 'open';
      readonly query: string;
      readonly phrases: readonly PickerPhrase[];
      readonly active: number;
      readonly anchor: PickerAnchor;
    };

export interface ShortcutPickerOptions {
  doc: Document;
  adapter: Pick<SiteAdapter, 'findInput' | 'readThread'>;
  /** The phrases matching what follows the `/`, best first (the background's `pickerSearch`). */
  search: (query: string) => Promise<PickerPhrase[]>;
  /**
   * The page's one insertion path: fills the placeholders, inserts through the page session,
   * selects the first blank, counts the use and watches what the agent does with it.
   */
  insertPhrase: InsertPhrase;
  /** Ends the picker when aborted (a content script passes `ctx.signal`). */
  signal?: AbortSignal;
}

export interface ShortcutPicker {
  view(): PickerView;
  /** React's useSyncExternalStore shape. */
  subscribe(listener: () => void): () => void;
  /** Marks a phrase as the one Enter would pick (mouse hover). */
  highlight(index: number): void;
  /** Replaces the typed `/hy` with the phrase at `index`. */
  pick(index: number): Promise<InsertResult | null>;
  /** Esc: closes the list; the typed text stays as it is. */
  close(): void;
  stop(): void;
}

const CLOSED: PickerView = { status: 'closed' };

/**
 * The shortcut picker in a chat page's reply box: the agent types `/hy` (or `、hy` with a Chinese
 * input method on, `/huanying`, `/欢迎`) at the start of the box or after a space, a short list
 * of matching phrases opens by the caret, ↑/↓ choose, Enter or Tab put the chosen phrase in
 * place of `/hy`, Esc closes. Its keys come first in the page's key registry (ahead of the send
 * guard and the page), and only while the list is open. Nothing happens while an input method
 * composes: the pinyin being composed is not the agent's text yet.
 */
export function startShortcutPicker(options: ShortcutPickerOptions): ShortcutPicker {
  const { doc, adapter } = options;
  const view = doc.defaultView;
  if (!view) throw new Error('startShortcutPicker: the document has no window');
  const listeners = new Set<() => void>();
  let current: PickerView = CLOSED;
  /** The trigger the list belongs to, and its reply box. */
  let open: { editor: HTMLElement; trigger: ShortcutTrigger } | null = null;
  /** A trigger the agent closed with Esc: it stays closed until they start another one. */
  let dismissedAt: number | null = null;
  /** Answers to older searches arriving late are ignored. */
  let searches = 0;
  /** The trigger whose search is under way: an Esc pressed before its answer still counts. */
  let pending: ShortcutTrigger | null = null;
  let stopped = false;

  function setView(next: PickerView): void {
    if (next === current) return;
    current = next;
    listeners.forEach((listener) => listener());
  }

  function close(): void {
    searches += 1;
    pending = null;
    open = null;
    setView(CLOSED);
  }

  /** The chat's reply box when `target` is in it; never our own UI. */
  function replyBoxOf(target: EventTarget | null | undefined): HTMLElement | null {
    if (!target || (target as Partial<Node>).nodeType !== 1 /* ELEMENT_NODE */) return null;
    const element = target as Element;
    if (isInsideExtensionUi(element)) return null;
    let input: HTMLElement | null = null;
    try {
      input = adapter.findInput(doc);
    } catch {
      return null;
    }
    if (!input) return null;
    return input === element || input.contains(element) || editingHostOf(element) === input ? input : null;
  }

  /** Looks at the text before the caret after each edit: opens, updates or closes the list. */
  function look(editor: HTMLElement): void {
    const before = textBeforeCaret(editor);
    const trigger = before === null ? null : findTrigger(before);
    if (!trigger) {
      dismissedAt = null;
      close();
      return;
    }
    if (dismissedAt === trigger.start) return;
    dismissedAt = null;
    pending = trigger;
    const searching = ++searches;
    options
      .search(trigger.query)
      .then((phrases) => {
        if (searching !== searches || stopped) return;
        pending = null;
        if (phrases.length === 0) {
          open = null;
          setView(CLOSED);
          return;
        }
        open = { editor, trigger };
        const rect = caretRect(editor);
        setView({ status: 'open', query: trigger.query, phrases, active: 0, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } });
      })
      .catch((error: unknown) => {
        if (searching === searches) close();
        logQuietly('shortcut picker search', error);
      });
  }

  function onEdit(event: Event): void {
    // The composition's own input events carry pinyin, not text; compositionend brings the result.
    if (event.type === 'input' && (event as InputEvent).isComposing) return;
    const editor = replyBoxOf(event.composedPath()[0]);
    if (editor) look(editor);
    else if (open && !open.editor.isConnected) close();
  }

  function onFocusOut(event: FocusEvent): void {
    if (open && replyBoxOf(event.composedPath()[0]) === open.editor) close();
  }

  function move(step: number): void {
    if (current.status !== 'open') return;
    const count = current.phrases.length;
    setView({ ...current, active: (current.active + step + count) % count });
  }

  function onKeyDown(event: KeyboardEvent): KeyVerdict {
    if (event.key === 'Escape' && pending && current.status === 'closed') {
      // Not shown yet: the answer on its way is dropped, and the key is the page's as usual.
      dismissedAt = pending.start;
      close();
      return 'pass';
    }
    if (current.status !== 'open' || !open || replyBoxOf(event.composedPath()[0]) !== open.editor) return 'pass';
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'ArrowDown' && plain) move(1);
    else if (event.key === 'ArrowUp' && plain) move(-1);
    else if ((event.key === 'Enter' || event.key === 'Tab') && plain && !event.shiftKey) void picker.pick(current.active);
    else if (event.key === 'Escape') {
      dismissedAt = open.trigger.start;
      close();
    } else {
      // Moving the caret away from `/hy` ends the shortcut; any other key is the agent typing.
      if (['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key)) close();
      return 'pass';
    }
    return 'claim';
  }

  const unregisterKey = inputKeyRegistry(view).register({
    name: 'shortcut-picker',
    priority: KEY_HANDLER_PRIORITY.shortcutPicker,
    onKeyDown,
  });
  doc.addEventListener('input', onEdit, true);
  doc.addEventListener('compositionend', onEdit, true);
  doc.addEventListener('focusout', onFocusOut, true);

  function stop(): void {
    if (stopped) return;
    stopped = true;
    unregisterKey();
    doc.removeEventListener('input', onEdit, true);
    doc.removeEventListener('compositionend', onEdit, true);
    doc.removeEventListener('focusout', onFocusOut, true);
    options.signal?.removeEventListener('abort', stop);
    close();
  }
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener('abort', stop);

  const picker: ShortcutPicker = {
    view: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    highlight(index) {
      if (current.status === 'open' && index >= 0 && index < current.phrases.length) setView({ ...current, active: index });
    },
    close() {
      if (open) dismissedAt = open.trigger.start;
      close();
    },
    async pick(index) {
      if (current.status !== 'open' || !open) return null;
      const phrase = current.phrases[index];
      const { editor, trigger } = open;
      close();
      if (!phrase || !editor.isConnected) return null;
      // The agent may have typed on while the settings loaded: replace the trigger only if it is
      // still there, by selecting it so the phrase goes in over it.
      const replaceTrigger = (): boolean => {
        const before = textBeforeCaret(editor);
        const still = before === null ? null : findTrigger(before);
        if (!still || still.start !== trigger.start) return false;
        selectTextRange(editor, still.start, still.end);
        return true;
      };
      const result = await options.insertPhrase({ text: phrase.text, phraseUid: phrase.uid, category: phrase.category }, { into: editor, ready: replaceTrigger });
      return result && { ok: result.ok, ...(result.strategy ? { strategy: result.strategy } : {}), ...(result.reason ? { reason: result.reason } : {}) };
    },
    stop,
  };
  return picker;
}
