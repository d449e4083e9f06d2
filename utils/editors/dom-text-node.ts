import { editingHostOf } from './editable';
import type { InsertionStrategy } from './insertion-strategy';
import { ensureCaretInside } from './selection';

/**
 * Last resort for a contenteditable nothing else could change: text nodes (and `<br>` for line
 * breaks) put at the caret by hand. Never `innerHTML`: the phrase is text, and a page must not
 * get markup from us. Frameworks may not notice, hence last.
 */
export const domTextNodeStrategy: InsertionStrategy = {
  name: 'dom-text-node',
  appliesTo: (editor) => editingHostOf(editor) !== null,
  attempt(editor, text) {
    const host = editingHostOf(editor);
    const doc = editor.ownerDocument;
    const view = doc.defaultView;
    if (!host || !view) return { claimed: false };
    const range = ensureCaretInside(host);
    range.deleteContents();
    const fragment = doc.createDocumentFragment();
    text.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    });
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      const selection = view.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    host.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    return { claimed: false };
  },
};
