import { editingHostOf, isTextControl } from '../editors/editable';
import { insertText } from '../editors/insert-text';
import { selectRange } from '../editors/selection';
import type { InsertResult } from '../schemas/page-results';
import type { Replacement } from './plan-replacement';

/**
 * The DOM range covering characters [start, end) of a rich-text editor's text, counted the way
 * the draft was read (readEditorText: the host's textContent, text nodes in document order).
 */
export function textRangeIn(host: HTMLElement, start: number, end: number): Range | null {
  const doc = host.ownerDocument;
  const walker = doc.createTreeWalker(host, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let offset = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    // A start at a node boundary belongs to the next node, so the range does not open on an empty tail.
    if (!startSet && start < offset + length) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Selects [start, end) of the draft in the editor, focusing it; false when the range is not there. */
export function selectDraftRange(editor: HTMLElement, start: number, end: number): boolean {
  if (isTextControl(editor)) {
    if (end > editor.value.length) return false;
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
    return true;
  }
  const host = editingHostOf(editor) ?? editor;
  const range = textRangeIn(host, start, end);
  if (!range) return false;
  host.focus({ preventScroll: true });
  selectRange(host, range);
  return true;
}

/**
 * Types the replacement over its range through the editor insertion chain, exactly as a phrase
 * is inserted (textarea: setRangeText and an `input` event the page's model hears; rich editors:
 * their own paste or beforeinput path), so the page's framework keeps the fixed draft.
 */
export async function replaceInEditor(editor: HTMLElement, replacement: Replacement): Promise<InsertResult> {
  if (!selectDraftRange(editor, replacement.start, replacement.end)) return { ok: false, reason: 'not-verified' };
  return insertText(editor, replacement.text);
}
