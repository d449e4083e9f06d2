import { logQuietly } from './quiet-errors';

/**
 * Who gets a key pressed in the chat input first. Several features want the same keys (Enter
 * picks a phrase in a shortcut picker, Enter sends on the page, the send guard may stop that
 * send), and listeners added one by one would run in whatever order they were added. So the
 * extension adds ONE keydown listener per window, in the capture phase (ahead of the page's own
 * handlers), and it asks the registered handlers in priority order:
 *
 *   1. the shortcut picker (when one is open, its Enter picks, it must not send),
 *   2. the send guard (Enter that would send a draft with a `block` finding),
 *   3. the page itself: whatever no handler claimed reaches the page untouched.
 *
 * A handler that claims a key gets it alone: the registry calls `preventDefault` and
 * `stopImmediatePropagation`, so neither later handlers nor the page see it. Every other key
 * passes through untouched. While an input method is composing (`isComposing` or keyCode 229,
 * the Enter that picks a pinyin candidate) no handler is asked at all.
 */

/** Lower runs first. Leave gaps so a feature can slot in between without renumbering. */
export const KEY_HANDLER_PRIORITY = {
  shortcutPicker: 100,
  sendGuard: 200,
} as const;

/** `claim`: this key is mine, nobody else (the page included) sees it. `pass`: not mine. */
export type KeyVerdict = 'claim' | 'pass';

export interface InputKeyHandler {
  /** For debugging and tests; e.g. "send-guard". */
  readonly name: string;
  readonly priority: number;
  onKeyDown(event: KeyboardEvent): KeyVerdict;
}

export interface InputKeyRegistry {
  /** Adds a handler; returns the function that removes it. */
  register(handler: InputKeyHandler): () => void;
  /** Names in the order they are asked (tests, diagnostics). */
  order(): string[];
}

/** The Enter that confirms an IME candidate: Chromium reports some of it only as keyCode 229. */
export function isComposingKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

const registries = new WeakMap<Window, InputKeyRegistry>();

/**
 * The registry of `view` (one per window, shared by every feature of this content script or
 * page). Its listener is added with the first handler and removed with the last.
 */
export function inputKeyRegistry(view: Window): InputKeyRegistry {
  const existing = registries.get(view);
  if (existing) return existing;

  let handlers: InputKeyHandler[] = [];

  function onKeyDown(event: KeyboardEvent): void {
    if (isComposingKey(event)) return;
    // A copy: a handler may unregister itself (a picker closing on Enter) while we iterate.
    for (const handler of [...handlers]) {
      let verdict: KeyVerdict = 'pass';
      try {
        verdict = handler.onKeyDown(event);
      } catch (error) {
        // One broken feature must not take the agent's keyboard away from the page.
        logQuietly(`key handler "${handler.name}"`, error);
      }
      if (verdict === 'claim') {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
    }
  }

  const registry: InputKeyRegistry = {
    register(handler) {
      if (handlers.length === 0) view.addEventListener('keydown', onKeyDown, { capture: true });
      // Stable: equal priorities keep the order they registered in.
      handlers = [...handlers, handler].sort((a, b) => a.priority - b.priority);
      return () => {
        const before = handlers.length;
        handlers = handlers.filter((candidate) => candidate !== handler);
        if (before > 0 && handlers.length === 0) view.removeEventListener('keydown', onKeyDown, { capture: true });
      };
    },
    order: () => handlers.map((handler) => handler.name),
  };
  registries.set(view, registry);
  return registry;
}
