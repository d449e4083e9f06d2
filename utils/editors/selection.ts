/** The caret inside a rich-text editor, read and placed through the document's Selection. */

function selectionOf(host: HTMLElement): Selection | null {
  return host.ownerDocument.defaultView?.getSelection() ?? null;
}

/** The current selection's range when it lies inside `host`, else null. */
export function rangeInside(host: HTMLElement): Range | null {
  const selection = selectionOf(host);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return host.contains(range.startContainer) && host.contains(range.endContainer) ? range : null;
}

export function selectRange(host: HTMLElement, range: Range): void {
  const selection = selectionOf(host);
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Makes sure typing would land inside `host`: keeps a caret already there, otherwise puts it
 * after the editor's last content (where an agent continuing a reply expects it).
 */
export function ensureCaretInside(host: HTMLElement): Range {
  const existing = rangeInside(host);
  if (existing) return existing;
  const range = host.ownerDocument.createRange();
  range.selectNodeContents(host);
  range.collapse(false);
  selectRange(host, range);
  return range;
}
