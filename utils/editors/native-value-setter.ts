import { isTextControl } from './editable';
import type { InsertionStrategy } from './insertion-strategy';

/**
 * Textareas and text inputs, when typing through execCommand changed nothing (a box that cannot
 * hold the focus because the page hands it on, an engine without execCommand). The value is changed underneath the
 * page's framework and an `input` event tells it (this edit is not on the browser's undo stack):
 * - Vue's v-model and other listeners read `value` on `input`; without the event the model stays
 *   empty and the next render wipes the text.
 * - React replaces `value` on the element with a tracking setter and ignores `input` events whose
 *   value the tracker already saw; `setRangeText` and the prototype's own setter both go around
 *   the tracker, so React sees the change.
 */

function nativeValueSetter(control: HTMLTextAreaElement | HTMLInputElement): ((value: string) => void) | undefined {
  const view = control.ownerDocument.defaultView;
  if (!view) return undefined;
  const prototype = control instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
}

function announceInput(control: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const view = control.ownerDocument.defaultView;
  if (!view) return;
  control.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  // Some pages (and v-model.lazy) only listen for `change`.
  control.dispatchEvent(new view.Event('change', { bubbles: true }));
}

export const nativeValueSetterStrategy: InsertionStrategy = {
  name: 'native-value-setter',
  appliesTo: (editor) => isTextControl(editor),
  attempt(editor, text) {
    if (!isTextControl(editor)) return { claimed: false };
    const start = editor.selectionStart;
    const end = editor.selectionEnd;
    if (start !== null && end !== null) {
      // At the caret, replacing the selection; the caret ends after the inserted text.
      editor.setRangeText(text, start, end, 'end');
    } else {
      // Input types without a caret API (e.g. email): append, the only place we can know.
      nativeValueSetter(editor)?.call(editor, editor.value + text);
    }
    announceInput(editor, text);
    return { claimed: false };
  },
};
