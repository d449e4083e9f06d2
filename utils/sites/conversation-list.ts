import type { ConversationListEntry, WaitingSource } from '../schemas/waiting-queue';
import { cleanMessageText } from './build-thread';
import { isInsideExtensionUi } from './extension-ui';
import { parseListTime } from './list-time';
import { allMatches, eitherOf, firstMatch, matchesAny, type SelectorAlternatives } from './selector-alternatives';
import type { ChatBuyer } from './site-adapter';

/**
 * Reading a client's conversation list for the waiting queue, the same way for every client: each
 * client's file names the parts of its list (selector lists, below) and the few rules selectors
 * cannot say; this module reads names, keys, times and who is waiting, never a word of any
 * message (the row's preview is never read).
 *
 * Who is waiting, strongest rule first: the client's own waiting/overdue group (飞鸽, 快手) or
 * marker (拼多多) → `client-group` / `client-marker`; else an unread badge → `unread-badge`. The
 * open conversation's last message from the buyer (`last-message`) is the page side's to add
 * (utils/page/conversation-list-report.ts): it reads the thread, not the list.
 */
export interface ConversationListSelectors {
  /** One row per conversation. */
  conversationRow: SelectorAlternatives;
  /** Rows that are no buyer (the platform's own notice conversations): left out. */
  conversationSkip: SelectorAlternatives;
  /** The buyer's name inside a row: its `title` attribute when it has one, else its text. */
  conversationName: SelectorAlternatives;
  /** When the row's last message arrived, inside a row (utils/sites/list-time.ts reads it). */
  conversationTime: SelectorAlternatives;
  /** Every group header of the list (a row belongs to the last header before it). */
  conversationGroup: SelectorAlternatives;
  /** Group headers that mean "waiting for a reply" by their attributes. */
  waitingGroup: SelectorAlternatives;
  /** A marker inside a row that the client puts on unanswered (overdue) conversations. */
  waitingMarker: SelectorAlternatives;
  /** An unread count or dot inside a row. */
  unreadBadge: SelectorAlternatives;
  /** Rows that are the open conversation (the row itself matches). */
  activeConversation: SelectorAlternatives;
  /** What inside a row takes the click that opens it; the row itself when none matches. */
  conversationClick: SelectorAlternatives;
}

/** What a client's list needs beyond selectors. */
export interface ConversationListRules {
  /** The buyer id the row carries (拼多多's `data-random`), when it carries one; else the key is the name. */
  keyOf?(row: Element): string | null;
  /** Group headers whose text says "waiting" (快手 请在3分钟内回复 / 已超时). */
  waitingGroupTexts?: readonly RegExp[];
  /**
   * The row's time has no known class (飞鸽's hashed names): take the first leaf of the row, other
   * than its name, whose whole text reads as a time.
   */
  timeFromLeaves?: boolean;
}

export interface ConversationListSource {
  selectors: Partial<ConversationListSelectors>;
  rules?: ConversationListRules;
  /** The open conversation's buyer, to find its row when no row is marked active. */
  currentBuyer?(doc: Document): ChatBuyer | null;
}

// The limits of utils/schemas/waiting-queue.ts, applied here so a long list never fails the schema.
const NAME_MAX = 100;
const KEY_MAX = 200;
const ENTRIES_MAX = 500;

const orNone = (alternatives: SelectorAlternatives | undefined): SelectorAlternatives => alternatives ?? [];

function textOf(element: Element | null): string {
  return cleanMessageText(element?.textContent ?? '');
}

/** The rows of the list, in page order, without our own UI and the platform's notice rows. */
function rowsOf(doc: Document, selectors: Partial<ConversationListSelectors>): Element[] {
  return allMatches(doc, orNone(selectors.conversationRow)).filter(
    (row) => !isInsideExtensionUi(row) && !matchesAny(row, orNone(selectors.conversationSkip)),
  );
}

function nameOf(row: Element, selectors: Partial<ConversationListSelectors>): string {
  const holder = firstMatch(row, orNone(selectors.conversationName));
  if (!holder) return '';
  return cleanMessageText(holder.getAttribute('title') ?? '') || textOf(holder);
}

function keyOf(row: Element, name: string, rules: ConversationListRules | undefined): string {
  return (rules?.keyOf?.(row)?.trim() || name).slice(0, KEY_MAX);
}

/**
 * Whether a marker or badge is on screen: clients keep them in the row and hide them (Vue's
 * `v-show` writes `display: none`), so being there is not enough.
 */
function isShown(element: Element, row: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let current: Element | null = element; current && current !== row.parentElement; current = current.parentElement) {
    if (current.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(current);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** The first match inside the row that is on screen. */
function shownMatch(row: Element, alternatives: SelectorAlternatives): Element | null {
  for (const selector of alternatives) {
    for (const found of row.querySelectorAll(selector)) if (isShown(found, row)) return found;
  }
  return null;
}

/** A badge counts when it shows a dot (no text) or a count above zero, and is on screen. */
function showsUnread(row: Element, selectors: Partial<ConversationListSelectors>): boolean {
  const badge = shownMatch(row, orNone(selectors.unreadBadge));
  if (!badge) return false;
  const text = textOf(badge);
  return text === '' || !/^0+$/.test(text);
}

function timeOf(row: Element, name: Element | null, source: ConversationListSource, now: number): number | undefined {
  const shown = firstMatch(row, orNone(source.selectors.conversationTime));
  if (shown) return parseListTime(textOf(shown), now);
  if (!source.rules?.timeFromLeaves) return undefined;
  for (const leaf of row.querySelectorAll('*')) {
    if (leaf.children.length > 0 || (name && (name === leaf || name.contains(leaf)))) continue;
    const at = parseListTime(textOf(leaf), now);
    if (at !== undefined) return at;
  }
  return undefined;
}

/**
 * For each row, whether its group says "waiting": the last group header before it (lists whose
 * headers precede their rows), or a header that wraps it (lists whose groups are containers).
 */
function waitingGroupOf(doc: Document, rows: readonly Element[], source: ConversationListSource): Map<Element, boolean> {
  const { selectors, rules } = source;
  const headerLists = [orNone(selectors.conversationGroup), orNone(selectors.waitingGroup)].filter((alternatives) => alternatives.length > 0);
  const result = new Map<Element, boolean>();
  if (headerLists.length === 0) return result;
  const headers = Array.from(doc.querySelectorAll(headerLists.map(eitherOf).join(', ')));
  const following = doc.defaultView?.Node.DOCUMENT_POSITION_FOLLOWING ?? 4;
  const isWaiting = (header: Element): boolean =>
    matchesAny(header, orNone(selectors.waitingGroup)) || (rules?.waitingGroupTexts ?? []).some((pattern) => pattern.test(textOf(header)));
  for (const row of rows) {
    let last: Element | null = null;
    let wrapped = false;
    // Headers come in page order: the last one the row follows (or sits inside) is its group.
    for (const header of headers) {
      if (!(header.compareDocumentPosition(row) & following)) break;
      last = header;
      if (header.contains(row) && isWaiting(header)) wrapped = true;
    }
    result.set(row, wrapped || (last !== null && isWaiting(last)));
  }
  return result;
}

function waitingSourceOf(row: Element, inWaitingGroup: boolean, selectors: Partial<ConversationListSelectors>): WaitingSource | undefined {
  if (inWaitingGroup) return 'client-group';
  if (shownMatch(row, orNone(selectors.waitingMarker))) return 'client-marker';
  if (showsUnread(row, selectors)) return 'unread-badge';
  return undefined;
}

function currentBuyerSafely(doc: Document, source: ConversationListSource): ChatBuyer | null {
  try {
    return source.currentBuyer?.(doc) ?? null;
  } catch {
    return null;
  }
}

/**
 * Every conversation the list shows, in its order, with who is waiting and since when (only when
 * the row shows a time). A list the selectors do not find reads as `[]`; a row without a name is
 * left out (its preview is message text, never read); a key seen twice is kept once.
 */
export function readConversationList(doc: Document, source: ConversationListSource, now: number = Date.now()): ConversationListEntry[] {
  const { selectors, rules } = source;
  const rows = rowsOf(doc, selectors);
  const groups = waitingGroupOf(doc, rows, source);
  const entries: ConversationListEntry[] = [];
  const seen = new Set<string>();
  let openIndex = -1;
  const names: string[] = [];
  for (const row of rows) {
    if (entries.length >= ENTRIES_MAX) break;
    const name = nameOf(row, selectors);
    const key = keyOf(row, name, rules);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const why = waitingSourceOf(row, groups.get(row) ?? false, selectors);
    const entry: ConversationListEntry = { key, name: name.slice(0, NAME_MAX), waiting: why !== undefined };
    if (why) entry.source = why;
    const since = timeOf(row, firstMatch(row, orNone(selectors.conversationName)), source, now);
    if (since !== undefined) entry.since = since;
    if (openIndex < 0 && matchesAny(row, orNone(selectors.activeConversation))) openIndex = entries.length;
    entries.push(entry);
    names.push(name);
  }
  if (openIndex < 0 && entries.length > 0) {
    // No row marked active (a rotated state class): the row of the buyer the header names.
    const buyer = currentBuyerSafely(doc, source);
    openIndex = entries.findIndex((entry, index) => (buyer?.id !== undefined && entry.key === buyer.id) || (buyer?.nickname !== undefined && names[index] === buyer.nickname));
  }
  const open = entries[openIndex];
  if (open) open.open = true;
  return entries;
}

/**
 * The element to click to open the conversation whose entry has this `key` (the row, or the part
 * of it the client listens on), or null when the list shows no such row.
 */
export function findConversationRow(doc: Document, source: ConversationListSource, key: string): HTMLElement | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const row of rowsOf(doc, source.selectors)) {
    if (keyOf(row, nameOf(row, source.selectors), source.rules) !== key) continue;
    const target = firstMatch(row, orNone(source.selectors.conversationClick)) ?? row;
    return target instanceof view.HTMLElement ? target : null;
  }
  return null;
}
