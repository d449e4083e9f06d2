import type { BarKeyEvent } from './bar/bar-keys';
import { inputKeyRegistry } from './input-key-handlers';

/**
 * Alt+W on a chat page: go to the buyer who has waited longest, in whichever client tab and
 * window they are (the worker's `openLongestWaiting`). Read by the content script's one key
 * listener (utils/page/input-key-handlers.ts), like the bar's Alt+digit keys: key events sent
 * through CDP never fire the manifest's `commands` (its rebindable command does the same job
 * where the browser delivers it).
 */

/** The parts of a KeyboardEvent the decision reads: the same as the bar's keys. */
export type WaitingKeyEvent = BarKeyEvent;

/** After the picker, the send guard and the bar (KEY_HANDLER_PRIORITY, PAGE_BAR_KEY_PRIORITY): none of them takes Alt+W. */
export const WAITING_KEY_PRIORITY = 400;

/**
 * Alt+W alone, by the physical key too (with Alt held macOS types "∑"); never while an IME
 * composes, never a held key (it would open one buyer after another).
 */
export function isOpenLongestWaitingKey(event: WaitingKeyEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return false;
  return event.code === 'KeyW' || event.key === 'w' || event.key === 'W';
}

/** Registers Alt+W; returns the function that unregisters it. */
export function listenForWaitingKey(view: Window, openLongestWaiting: () => void): () => void {
  return inputKeyRegistry(view).register({
    name: 'waiting-queue',
    priority: WAITING_KEY_PRIORITY,
    onKeyDown(event) {
      if (!isOpenLongestWaitingKey(event)) return 'pass';
      openLongestWaiting();
      return 'claim';
    },
  });
}
