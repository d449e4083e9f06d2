import { editingHostOf } from './editable';
import type { InsertionStrategy } from './insertion-strategy';
import { ensureCaretInside } from './selection';

/**
 * Rich editors that keep their own document model and take outside text through their paste
 * handler, reading `clipboardData` (text/plain only: we never hand a page HTML):
 */
function isPasteEditor(host: HTMLElement): boolean {
  return (
    // ProseMirror (and Tiptap on top of it): the editable root carries `.ProseMirror`.
    host.classList.contains('ProseMirror') ||
    // Draft.js: `.public-DraftEditor-content` around a `[data-contents]` block list. Its model is
    // corrupted by DOM edits it did not make (execCommand), so it must get a paste.
    host.classList.contains('public-DraftEditor-content') ||
    host.querySelector('[data-contents="true"]') !== null ||
    // Quill 2 (`.ql-editor`) reads clipboardData. Quill 1 keeps a hidden `.ql-clipboard` paste
    // target and ignores clipboardData, so it is left to execCommand, which it observes.
    (host.classList.contains('ql-editor') && !host.closest('.ql-container')?.querySelector('.ql-clipboard')) ||
    // CKEditor 5.
    host.classList.contains('ck-editor__editable')
  );
}

export const pasteEventStrategy: InsertionStrategy = {
  name: 'paste-event',
  appliesTo(editor) {
    const host = editingHostOf(editor);
    return host !== null && isPasteEditor(host);
  },
  attempt(editor, text) {
    const host = editingHostOf(editor);
    const view = editor.ownerDocument.defaultView;
    if (!host || !view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') {
      return { claimed: false };
    }
    ensureCaretInside(host);
    const clipboardData = new view.DataTransfer();
    clipboardData.setData('text/plain', text);
    const paste = new view.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
    // An engine that drops clipboardData from the constructor would paste nothing.
    if (!paste.clipboardData) return { claimed: false };
    return { claimed: !host.dispatchEvent(paste) };
  },
};
