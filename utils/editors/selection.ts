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

export function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

/** Text nodes the agent can edit: not inside a `contenteditable="false"` island (Slate's placeholder, mentions). */
function lastEditableTextNode(host: HTMLElement): Text | null {
  const doc = host.ownerDocument;
  const walker = doc.createTreeWalker(host, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      const island = node.parentElement?.closest('[contenteditable="false"]');
      return island && host.contains(island) ? 2 /* NodeFilter.FILTER_REJECT */ : 1 /* NodeFilter.FILTER_ACCEPT */;
    },
  });
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
  return last;
}

/**
 * Puts the caret after the editor's last text (where an agent continuing a half-written reply
 * expects it): inside the last text node when there is one, so editors that map DOM points to
 * their model find a text position rather than a gap between blocks.
 */
export function placeCaretAtEnd(host: HTMLElement): Range {
  const range = host.ownerDocument.createRange();
  const last = lastEditableTextNode(host);
  if (last) range.setStart(last, last.length);
  else range.selectNodeContents(host);
  range.collapse(last !== null);
  selectRange(host, range);
  return range;
}

/** Makes sure typing would land inside `host`: keeps a caret already there, otherwise the end. */
export function ensureCaretInside(host: HTMLElement): Range {
  return rangeInside(host) ?? placeCaretAtEnd(host);
}
