import { isInsideExtensionUi } from './extension-ui';

/**
 * Whether a page looks like a chat from its structure alone, whatever its class names: a list of
 * repeated rows (a scrolling one, or a long one) plus a reply box (a textarea, a contenteditable
 * or a textbox). The page-health check asks it when a client's adapter finds nothing, to tell a
 * page that changed from a page that is no chat (a client's settings page, one still loading).
 */

/** Rows of one tag under one parent before the parent counts as a list. */
const MIN_ROWS = 3;
/** A list this long counts even where no style says it scrolls (a page without layout). */
const LONG_LIST_ROWS = 8;
/** How far above a list its scroll container may sit (virtual lists wrap rows in a spacer). */
const SCROLL_ANCESTOR_LEVELS = 3;
/** Bounds the work on very large pages. */
const MAX_ELEMENTS_SCANNED = 8000;

const REPLY_BOX = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';

function hasReplyBox(doc: Document): boolean {
  return Array.from(doc.querySelectorAll(REPLY_BOX)).some((box) => !isInsideExtensionUi(box));
}

/** The most children sharing one tag name. */
function repeatedRows(parent: Element): number {
  const counts = new Map<string, number>();
  let most = 0;
  for (const child of parent.children) {
    const count = (counts.get(child.localName) ?? 0) + 1;
    counts.set(child.localName, count);
    most = Math.max(most, count);
  }
  return most;
}

function scrolls(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const { overflowY, overflow } = view.getComputedStyle(element);
  return /auto|scroll/.test(`${overflowY} ${overflow}`) || element.scrollHeight > element.clientHeight + 1;
}

function sitsInScroller(list: Element): boolean {
  let current: Element | null = list;
  for (let level = 0; current && level <= SCROLL_ANCESTOR_LEVELS; level += 1, current = current.parentElement) {
    if (current === list.ownerDocument.body) return false;
    if (scrolls(current)) return true;
  }
  return false;
}

/** Whether `doc` holds a scrolling (or long) list of repeated rows outside our own UI. */
export function hasRowList(doc: Document): boolean {
  const elements = Array.from(doc.body?.querySelectorAll('*') ?? []).slice(0, MAX_ELEMENTS_SCANNED);
  for (const element of elements) {
    if (element.children.length < MIN_ROWS) continue;
    const rows = repeatedRows(element);
    if (rows < MIN_ROWS || isInsideExtensionUi(element)) continue;
    if (rows >= LONG_LIST_ROWS || sitsInScroller(element)) return true;
  }
  return false;
}

export function looksLikeChat(doc: Document): boolean {
  return hasReplyBox(doc) && hasRowList(doc);
}
