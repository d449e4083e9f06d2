import { editingHostOf, holdsFocus, isTextControl } from './editable';
import type { InsertionStrategy } from './insertion-strategy';
import { ensureCaretInside } from './selection';

/**
 * The browser types the text for us, as if the agent had: into a focused textarea or input
 * (拼多多's Vue `v-model`, 飞鸽's React-controlled box), or any contenteditable (京东 咚咚
 * `.EditorContent`, editors nothing earlier recognised). It keeps the page's undo stack (Ctrl+Z
 * removes the phrase), replaces the selection, and fires a real `input` event, so Vue's v-model
 * and React's onChange hear it like typing. Line breaks become the editor's own (a newline in a
 * textarea, a new line block in a contenteditable). Chromium fires no `beforeinput` for
 * execCommand, which is why editors that build edits from `beforeinput` alone (Slate, Lexical)
 * get their own step earlier in the chain.
 */
export const execCommandStrategy: InsertionStrategy = {
  name: 'exec-command',
  appliesTo: (editor) => isTextControl(editor) || editingHostOf(editor) !== null,
  attempt(editor, text) {
    const doc = editor.ownerDocument;
    // execCommand edits whatever holds the focus: never another box the page moved it to.
    if (typeof doc.execCommand !== 'function' || !holdsFocus(editor)) return { claimed: false };
    if (!isTextControl(editor)) {
      const host = editingHostOf(editor);
      if (!host) return { claimed: false };
      ensureCaretInside(host);
    }
    // Deprecated, but still the only way to edit "as the agent" without a trusted keyboard.
    doc.execCommand('insertText', false, text);
    return { claimed: false };
  },
};
