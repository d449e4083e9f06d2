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

export const beforeInputEventStrategy: InsertionStrategy = {
  name: 'beforeinput-event',
  appliesTo(editor) {
    const host = editingHostOf(editor);
    return host !== null && isBeforeInputEditor(host);
  },
  attempt(editor, text) {
    const host = editingHostOf(editor);
    const view = editor.ownerDocument.defaultView;
    if (!host || !view) return { claimed: false };
    ensureCaretInside(host);
    const beforeInput = new view.InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // A synthetic beforeinput has no default action: only an editor that handles it (and
    // cancels it, as Slate and Lexical do) changes anything.
    return { claimed: !host.dispatchEvent(beforeInput) };
  },
};
