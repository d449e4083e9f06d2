import { editingHostOf, isTextControl } from '../editors/editable';
import { rangeInside, selectRange } from '../editors/selection';

/**
 * Where the agent's caret was in the reply box. Opening the popup or clicking a panel takes
 * focus (Draft.js even drops its selection on blur), so the caret is remembered while the agent
 * works and put back before inserting.
 */
export type SavedCaret =
  | { kind: 'text-control'; start: number; end: number; value: string }
  | { kind: 'rich-text'; range: Range };

export function saveCaret(editor: HTMLElement): SavedCaret | null {
  if (isTextControl(editor)) {
    const { selectionStart: start, selectionEnd: end } = editor;
    return start === null || end === null ? null : { kind: 'text-control', start, end, value: editor.value };
  }
  const host = editingHostOf(editor);
  const range = host && rangeInside(host);
  // A live Range follows later edits of the editor, so it stays where the agent meant.
  return range ? { kind: 'rich-text', range: range.cloneRange() } : null;
}

/**
 * Focuses `editor` and puts the caret back. Without a usable saved caret (none yet, or the
 * page changed the text since), the caret goes after the existing text: inserting in front of a
 * half-written reply would surprise the agent more.
 */
export function restoreCaret(editor: HTMLElement, caret: SavedCaret | null): void {
  editor.focus({ preventScroll: true });
  if (isTextControl(editor)) {
    if (caret?.kind === 'text-control' && caret.value === editor.value) {
      editor.setSelectionRange(caret.start, caret.end);
    } else if (editor.selectionStart !== null) {
      editor.setSelectionRange(editor.value.length, editor.value.length);
    }
    return;
  }
  const host = editingHostOf(editor);
  if (!host) return;
  const range = caret?.kind === 'rich-text' ? caret.range : null;
  if (range && host.contains(range.startContainer) && host.contains(range.endContainer)) {
    selectRange(host, range);
    return;
  }
  const end = host.ownerDocument.createRange();
  end.selectNodeContents(host);
  end.collapse(false);
  selectRange(host, end);
}
