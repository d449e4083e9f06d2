import type { Thread, ThreadMessage } from '../schemas/thread';

/**
 * What kind of change a new reading of the thread is, so a consumer can react in proportion:
 * a new buyer message deserves fresh suggestions, older history scrolled in above does not.
 */
export type ThreadChangeKind =
  /** Another buyer's conversation is open (or a chat appeared where there was none). */
  | 'conversation-switched'
  /**
   * The same conversation is now about another product (a new card, the panel switched): the
   * suggestions for the product before are stale, whatever else changed with it.
   */
  | 'product-changed'
  /** Messages were added after the last one. */
  | 'new-message'
  /** Older messages were loaded above; the latest message is the same. */
  | 'history-loaded'
  /** Anything else: a message recalled, edited, re-rendered differently. */
  | 'updated'
  /** The page no longer shows a readable conversation. */
  | 'cleared';

export interface ThreadChange {
  thread: Thread | null;
  kind: ThreadChangeKind;
}

/** Equal fingerprints mean nothing the extension uses has changed. */
export function threadFingerprint(thread: Thread | null): string {
  if (!thread) return 'none';
  return JSON.stringify([
    thread.site,
    thread.conversationId ?? '',
    thread.buyer?.id ?? '',
    thread.buyer?.nickname ?? '',
    thread.messages.map((message) => [message.role, message.id ?? '', message.text]),
    productKey(thread),
  ]);
}

/** Which product the thread is about; equal keys mean the same product (title, item id, SKU). */
function productKey(thread: Thread): string {
  const product = thread.product;
  return product ? JSON.stringify([product.title, product.itemId ?? '', product.sku ?? '']) : '';
}

function messageKey(message: ThreadMessage): string {
  return `${message.id ?? ''}\u0000${message.role}\u0000${message.text}`;
}

function startsWith(whole: readonly string[], part: readonly string[]): boolean {
  return part.length <= whole.length && part.every((key, index) => whole[index] === key);
}

function endsWith(whole: readonly string[], part: readonly string[]): boolean {
  const offset = whole.length - part.length;
  return offset >= 0 && part.every((key, index) => whole[offset + index] === key);
}

function hasIdentity(thread: Thread): boolean {
  return !!(thread.conversationId || thread.buyer?.id || thread.buyer?.nickname);
}

function sameConversation(previous: Thread, next: Thread): boolean {
  return (
    (previous.conversationId ?? '') === (next.conversationId ?? '') &&
    (previous.buyer?.id ?? '') === (next.buyer?.id ?? '') &&
    (previous.buyer?.nickname ?? '') === (next.buyer?.nickname ?? '')
  );
}

/** Whether `next` shows none of `previous`'s messages: on a page that names no conversation, another one. */
function sharesNoMessage(previous: Thread, next: Thread): boolean {
  // By id where the page gives one, so a message edited in place still counts as common.
  const identity = (message: ThreadMessage): string => message.id ?? messageKey(message);
  const known = new Set(previous.messages.map(identity));
  return next.messages.length > 0 && !next.messages.some((message) => known.has(identity(message)));
}

/** Classifies the step from one reading of the thread to the next (which differ). */
export function classifyThreadChange(previous: Thread | null, next: Thread | null): ThreadChangeKind {
  if (!next) return 'cleared';
  if (!previous || !sameConversation(previous, next)) return 'conversation-switched';
  if (!hasIdentity(next) && sharesNoMessage(previous, next)) return 'conversation-switched';
  if (productKey(previous) !== productKey(next)) return 'product-changed';
  const before = previous.messages.map(messageKey);
  const after = next.messages.map(messageKey);
  if (before.length === 0) return after.length > 0 ? 'new-message' : 'updated';
  if (after.length > before.length && startsWith(after, before)) return 'new-message';
  if (after.length > before.length && endsWith(after, before)) return 'history-loaded';
  return 'updated';
}
