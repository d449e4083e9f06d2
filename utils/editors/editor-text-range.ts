import { editingHostOf, isTextControl } from './editable';
import { rangeInside, selectRange } from './selection';

/**
 * The reply box as plain text offsets, for a textarea/input and for rich text alike. A rich
 * editor's offsets count the characters of its text nodes in document order, the same text
 * `textContent` (readEditorText) and `Range.toString` give, so an offset found in one is a
 * position in the other.
 */

/** The text from the start of the editor to a collapsed caret; null when the caret is elsewhere or spans a selection. */
export function textBeforeCaret(editor: HTMLElement): string | null {
  if (isTextControl(editor)) {
    const { selectionStart, selectionEnd, value } = editor;
    if (selectionStart === null || selectionStart !== selectionEnd) return null;
    return value.slice(0, selectionStart);
  }
  const host = editingHostOf(editor);
  const caret = host ? rangeInside(host) : null;
  if (!host || !caret?.collapsed) return null;
  const before = host.ownerDocument.createRange();
  before.selectNodeContents(host);
  before.setEnd(caret.startContainer, caret.startOffset);
  return before.toString();
}

/** The DOM point holding text offset `offset` of `host` (at the end of a node, not the start of the next). */
function pointAt(host: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = host.ownerDocument.createTreeWalker(host, 4 /* NodeFilter.SHOW_TEXT */);
  let passed = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (passed + node.length >= offset) return { node, offset: offset - passed };
    passed += node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: host, offset: 0 };
}

/** Selects text[start, end) of the editor, as if the agent had dragged over it; the focus stays where it is. */
export function selectTextRange(editor: HTMLElement, start: number, end: number): void {
  if (isTextControl(editor)) {
    editor.setSelectionRange(start, end);
    return;
  }
  const host = editingHostOf(editor);
  if (!host) return;
  const range = host.ownerDocument.createRange();
  const from = pointAt(host, start);
  const to = pointAt(host, end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selectRange(host, range);
}

/** Where the caret is on screen (viewport coordinates), for placing the picker next to it. */
export function caretRect(editor: HTMLElement): DOMRect {
  const whole = editor.getBoundingClientRect();
  if (isTextControl(editor)) return whole;
  const host = editingHostOf(editor);
  const caret = host ? rangeInside(host) : null;
  const rect = caret?.getBoundingClientRect();
  // A caret in an empty line reports an empty rectangle at 0,0: the box itself is near enough.
  return rect && (rect.top !== 0 || rect.left !== 0 || rect.height !== 0) ? rect : whole;
}
