import { editingHostOf } from './editable';
import type { InsertionStrategy } from './insertion-strategy';
import { ensureCaretInside } from './selection';

/**
 * Any contenteditable (京东 咚咚 `.EditorContent`, 快手's Quill, plain editors): the browser edits
 * as if the agent typed. It keeps the page's undo stack (Ctrl+Z removes the phrase) and fires a
 * real `input` event, so frameworks observing the editor see the change. Chromium fires no
 * `beforeinput` for execCommand, which is why editors that only build edits from `beforeinput`
 * (Slate, Lexical) get their own step earlier in the chain.
 */
export const execCommandStrategy: InsertionStrategy = {
  name: 'exec-command',
  appliesTo: (editor) => editingHostOf(editor) !== null,
  attempt(editor, text) {
    const host = editingHostOf(editor);
    const doc = editor.ownerDocument;
    if (!host || typeof doc.execCommand !== 'function') return { claimed: false };
    host.focus({ preventScroll: true });
    ensureCaretInside(host);
    // Deprecated, but still the only way to edit "as the agent" without a trusted keyboard.
    doc.execCommand('insertText', false, text);
    return { claimed: false };
  },
};
