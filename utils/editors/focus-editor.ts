import { editingHostOf, holdsFocus, isTextControl } from './editable';
import { placeCaretAtEnd, rangeInside, sameRange, selectRange } from './selection';
import { waitForEditorToRender } from './settle';

/**
 * Brings the agent back to the editor before inserting. The agent may just have clicked
 * elsewhere (a button on the page, the popup), and the text must go where they were typing,
 * with the focus left there so typing goes on after the phrase:
 * - an editor that still has the focus keeps its live caret (a caller such as the page
 *   session's caret memory may have put it back already);
 * - a textarea or input keeps its own selection across a blur, so focusing it restores the
 *   last caret; one the agent never typed in reports a caret at 0 (where the page's own value
 *   left it), which goes after the existing text instead;
 * - a rich editor keeps the DOM selection the agent left in it (a click on a button does not
 *   move it), but focusing can move it, so it is put back; with none the caret goes after the
 *   existing text.
 * Rich editors follow the DOM selection a task later (on `selectionchange`), and take our event
 * at the caret their model holds: they get that task before the insertion.
 */
export async function focusEditor(editor: HTMLElement): Promise<void> {
  const view = editor.ownerDocument.defaultView;
  if (isTextControl(editor)) {
    if (holdsFocus(editor)) return;
    const neverPlaced = editor.selectionStart === 0 && editor.selectionEnd === 0 && editor.value.length > 0;
    editor.focus({ preventScroll: true });
    if (neverPlaced) editor.setSelectionRange(editor.value.length, editor.value.length);
    return;
  }
  const host = editingHostOf(editor);
  if (!host || !view) return;
  if (!holdsFocus(host)) {
    const kept = rangeInside(host)?.cloneRange() ?? null;
    host.focus({ preventScroll: true });
    const now = rangeInside(host);
    if (!kept) placeCaretAtEnd(host);
    else if (!now || !sameRange(now, kept)) selectRange(host, kept);
  } else if (!rangeInside(host)) {
    placeCaretAtEnd(host);
  }
  await waitForEditorToRender(view);
}
