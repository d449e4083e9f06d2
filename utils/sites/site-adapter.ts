import type { Thread } from '../schemas/thread';
import type { ConversationListEntry } from '../schemas/waiting-queue';

/** The parts of a page address an adapter decides on; `Location` and `URL` both fit. */
export type PageLocation = Pick<URL, 'href' | 'protocol' | 'hostname' | 'pathname'>;

/** Who the agent is talking to, as the open conversation shows it. */
export interface ChatBuyer {
  id?: string;
  nickname?: string;
}

/**
 * How the extension understands one seller chat client: data plus small functions, one file per
 * site, every selector in that file and commented with the page variant it targets.
 *
 * Adapters only read the page. They never click, never send, never write: inserting text is the
 * editor chain's job (utils/editors/), and sending is always the agent's.
 */
export interface SiteAdapter {
  /** Stable id, also written into `Thread.site` (at most 40 characters). */
  readonly id: string;
  matches(location: PageLocation): boolean;
  /** The element whose subtree holds the open conversation's messages, if the page shows one. */
  findMessageList(doc: Document): Element | null;
  /**
   * The open conversation, earliest message first; images read as `[图片]`, product cards as
   * `[商品卡片: 标题]`, a message id seen twice is kept once; `product` is what the conversation
   * is about (the latest product or order card, else the client's product panel:
   * utils/sites/thread-product.ts), absent when the page names none. `null` when the adapter cannot
   * tell who said what: a wrong thread is worse than none, it would drive wrong suggestions.
   */
  readThread(doc: Document): Thread | null;
  /**
   * The client's product panel (outside the message list) that `readThread` reads the product
   * from, for watching: clients update it in place when the agent switches conversations or the
   * buyer browses another item. Absent where the client's panel is unknown.
   */
  findProductPanel?(doc: Document): Element | null;
  /** The reply box the agent types into. */
  findInput(doc: Document): HTMLElement | null;
  /** Only so other features can point at it; nothing in the extension ever clicks it. */
  findSendButton(doc: Document): HTMLElement | null;
  currentBuyer(doc: Document): ChatBuyer | null;
  /**
   * The client's conversation list, one entry per row, with the client's own rule for who is
   * waiting (utils/schemas/waiting-queue.ts). Absent where the client's list is unknown.
   */
  readConversationList?(doc: Document): ConversationListEntry[];
  /**
   * The row of the list whose entry has this `key`, for the waiting queue to open that
   * conversation: the one element the extension ever clicks (a row, never a send button).
   */
  findConversationRow?(doc: Document, key: string): HTMLElement | null;
}
