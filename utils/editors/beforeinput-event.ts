import { editingHostOf } from './editable';
import type { InsertionStrategy } from './insertion-strategy';
import { ensureCaretInside } from './selection';

/**
 * Editors that build every edit from `beforeinput` and ignore DOM changes they did not make:
 */
function isBeforeInputEditor(host: HTMLElement): boolean {
  return (
    // Lexical marks its root with `data-lexical-editor="true"`.
    host.hasAttribute('data-lexical-editor') ||
    // Slate (slate-react) marks its root with `data-slate-editor="true"`.
    host.hasAttribute('data-slate-editor')
  );
}

/**
 * The text goes as `insertReplacementText` carrying a text/plain DataTransfer (how spelling and
 * grammar tools replace text): both editors insert it at their selection through their own
 * data-transfer path, which turns each line break into a new paragraph, as a paste would. A
 * plain `insertText` would put a raw "\n" inside one text node instead (Slate), or be left to a
 * native insertion that a synthetic event never performs (Lexical).
 */
export const beforeInputEventStrategy: InsertionStrategy = {
  name: 'beforeinput-event',
  appliesTo(editor) {
    const host = editingHostOf(editor);
    return host !== null && isBeforeInputEditor(host);
  },
  attempt(editor, text) {
    const host = editingHostOf(editor);
    const view = editor.ownerDocument.defaultView;
    if (!host || !view || typeof view.DataTransfer !== 'function') return { claimed: false };
    ensureCaretInside(host);
    const dataTransfer = new view.DataTransfer();
    dataTransfer.setData('text/plain', text);
    const beforeInput = new view.InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      dataTransfer,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // An engine that drops `dataTransfer` from the constructor would insert nothing.
    if (!beforeInput.dataTransfer) return { claimed: false };
    // A synthetic beforeinput has no default action: only an editor that handles it (and
    // cancels it, as Slate and Lexical do) changes anything.
    return { claimed: !host.dispatchEvent(beforeInput) };
  },
};
