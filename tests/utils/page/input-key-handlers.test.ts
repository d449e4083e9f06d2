// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { inputKeyRegistry, KEY_HANDLER_PRIORITY, type InputKeyHandler } from '../../../utils/page/input-key-handlers';

/** The page's own listener on the reply box: what it receives is what the page sees. */
function pageWithReplyBox(): { box: HTMLTextAreaElement; seen: string[] } {
  document.body.innerHTML = '<textarea></textarea>';
  const box = document.querySelector('textarea')!;
  const seen: string[] = [];
  box.addEventListener('keydown', (event) => seen.push(event.key));
  return { box, seen };
}

function press(box: HTMLElement, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  box.dispatchEvent(event);
  return event;
}

const removals: Array<() => void> = [];
afterEach(() => removals.splice(0).forEach((remove) => remove()));

function register(handler: InputKeyHandler): void {
  removals.push(inputKeyRegistry(window).register(handler));
}

describe('who gets a key pressed in the chat input first', () => {
  it('asks the shortcut picker before the send guard, whatever order they registered in; a claim ends it there', () => {
    const { box, seen } = pageWithReplyBox();
    const asked: string[] = [];
    register({ name: 'send-guard', priority: KEY_HANDLER_PRIORITY.sendGuard, onKeyDown: () => (asked.push('guard'), 'claim') });
    register({ name: 'shortcut-picker', priority: KEY_HANDLER_PRIORITY.shortcutPicker, onKeyDown: () => (asked.push('picker'), 'claim') });

    const event = press(box, { key: 'Enter' });

    expect(inputKeyRegistry(window).order()).toEqual(['shortcut-picker', 'send-guard']);
    expect(asked).toEqual(['picker']);
    expect(event.defaultPrevented).toBe(true);
    expect(seen).toEqual([]);
  });

  it('hands every key nobody claims to the page untouched', () => {
    const { box, seen } = pageWithReplyBox();
    register({ name: 'send-guard', priority: KEY_HANDLER_PRIORITY.sendGuard, onKeyDown: () => 'pass' });

    const event = press(box, { key: 'Enter', shiftKey: true });

    expect(event.defaultPrevented).toBe(false);
    expect(seen).toEqual(['Enter']);
  });

  it('asks nobody while an input method is composing', () => {
    const { box, seen } = pageWithReplyBox();
    const asked: string[] = [];
    register({ name: 'send-guard', priority: KEY_HANDLER_PRIORITY.sendGuard, onKeyDown: () => (asked.push('guard'), 'claim') });

    press(box, { key: 'Enter', isComposing: true });
    press(box, { key: 'Enter', keyCode: 229 });

    expect(asked).toEqual([]);
    expect(seen).toEqual(['Enter', 'Enter']);
  });

  it('keeps the page working when a handler throws, and stops listening once the last handler is gone', () => {
    const { box, seen } = pageWithReplyBox();
    register({
      name: 'broken',
      priority: 1,
      onKeyDown: () => {
        throw new Error('boom');
      },
    });
    press(box, { key: 'Enter' });
    removals.splice(0).forEach((remove) => remove());
    press(box, { key: 'Enter' });

    expect(seen).toEqual(['Enter', 'Enter']);
    expect(inputKeyRegistry(window).order()).toEqual([]);
  });
});
