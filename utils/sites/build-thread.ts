import type { ThreadProduct } from '../schemas/chat-product';
import type { ChatBuyer } from './site-adapter';
import type { MessageRole, Thread, ThreadMessage } from '../schemas/thread';

/** One message as an adapter read it off the page, before limits and de-duplication. */
export interface RawMessage {
  role: MessageRole;
  text: string;
  id?: string | null;
}

export interface RawThread {
  site: string;
  conversationId?: string | null;
  buyer?: ChatBuyer | null;
  /** Earliest first, as the page shows them. */
  messages: readonly RawMessage[];
  /** The product the conversation is about, as the page shows it (utils/sites/thread-product.ts). */
  product?: ThreadProduct | null;
}

// The limits of utils/schemas/thread.ts, applied here so a long page never fails the schema
// at the messaging boundary: a thread that is cut is still useful, a rejected one is not.
const SITE_MAX = 40;
const ID_MAX = 200;
const TEXT_MAX = 5000;
/** Only the latest turns matter for a suggestion; older history is dropped first. */
const MESSAGES_MAX = 400;
const PRODUCT_TITLE_MAX = 300;
const ITEM_ID_MAX = 60;
const SKU_MAX = 120;

/** Collapses the page's layout whitespace (indentation, line breaks between spans) into single spaces. */
export function cleanMessageText(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

function clip(value: string | null | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/**
 * Turns what an adapter read into a `Thread` that always fits the schema: empty messages are
 * dropped, a message id seen again (pages re-render, virtual lists repeat rows) is kept once,
 * long texts and histories are cut to the schema's limits, keeping the latest messages.
 */
export function buildThread(raw: RawThread): Thread {
  const seenIds = new Set<string>();
  const messages: ThreadMessage[] = [];
  for (const message of raw.messages) {
    const text = cleanMessageText(message.text).slice(0, TEXT_MAX);
    if (!text) continue;
    const id = clip(message.id, ID_MAX);
    if (id !== undefined) {
      if (seenIds.has(id)) continue;
      seenIds.add(id);
    }
    messages.push(id === undefined ? { role: message.role, text } : { role: message.role, text, id });
  }

  const thread: Thread = { site: raw.site.slice(0, SITE_MAX), messages: messages.slice(-MESSAGES_MAX) };
  const conversationId = clip(raw.conversationId, ID_MAX);
  if (conversationId !== undefined) thread.conversationId = conversationId;
  const buyerId = clip(raw.buyer?.id, ID_MAX);
  const nickname = clip(raw.buyer?.nickname, ID_MAX);
  if (buyerId !== undefined || nickname !== undefined) {
    thread.buyer = {};
    if (buyerId !== undefined) thread.buyer.id = buyerId;
    if (nickname !== undefined) thread.buyer.nickname = nickname;
  }
  const product = productOf(raw.product);
  if (product) thread.product = product;
  return thread;
}

/** The product within the schema's limits; a product with neither a title nor an item id is none. */
function productOf(raw: ThreadProduct | null | undefined): ThreadProduct | undefined {
  if (!raw) return undefined;
  const title = cleanMessageText(raw.title).slice(0, PRODUCT_TITLE_MAX);
  const itemId = clip(raw.itemId, ITEM_ID_MAX);
  const sku = clip(raw.sku === undefined ? undefined : cleanMessageText(raw.sku), SKU_MAX);
  if (!title && itemId === undefined) return undefined;
  const product: ThreadProduct = { title };
  if (itemId !== undefined) product.itemId = itemId;
  if (sku !== undefined) product.sku = sku;
  return product;
}
