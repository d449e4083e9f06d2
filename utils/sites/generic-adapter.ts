import { deepActiveElement, editingHostOf, isHtmlElement } from '../editors/editable';
import { isInsideExtensionUi } from './extension-ui';
import type { Thread } from '../schemas/thread';
import { buildThread, cleanMessageText, type RawMessage } from './build-thread';
import { readMessageContent, type MessageContentSelectors } from './message-content';
import { roleHintOf } from './role-hints';
import type { ChatBuyer, SiteAdapter } from './site-adapter';
import { readThreadProduct, type ProductSelectors } from './thread-product';

/**
 * The fallback for any page without an adapter of its own: the reply box is the textarea or
 * contenteditable the agent focused, and the thread is read from class-name hints when the page
 * has them. When the hints do not say clearly who spoke, the thread is `null`.
 */

/** Containers that name themselves a message list; one alternative per line. */
const MESSAGE_LIST_SELECTORS = [
  '[role="log"]', // accessible chat widgets
  '[class*="message-list" i]', // e.g. `.message-list`
  '[class*="messagelist" i]', // 飞鸽 `.messageList`
  '[class*="msg-list" i]', // 拼多多 `#msgListContainer .msg-list`
  '[class*="msglist" i]',
  '[id*="msglist" i]', // 拼多多 `#msgListContainer`
  '[class*="chat-content" i]',
  '[class*="chat-scroll" i]', // 京东 咚咚 `.chat-scroll-wrap`
  '[id*="chat-scroll" i]', // 京东 咚咚 `#t-chat-scroll`
  '[class*="chatmessagelist" i]', // 快手 `.ChatMessageList`
].join(', ');

/** Rows that look like messages; their parents are list candidates too. */
const MESSAGE_ROW_SELECTOR = '[class*="msg" i], [class*="message" i], [data-msg-id], [data-message-id]';
/** Bounds the work on very large pages; a chat list is never this far down the document. */
const MAX_ROWS_SCANNED = 600;

/** Rows not worth a verdict: dates and times between messages ("10:32", "昨天 10:32", "2024-05-01"). */
const TIME_DIVIDER = /^(?:(?:今天|昨天|前天|星期[一二三四五六日天]|周[一二三四五六日天]|\d{1,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A list is believed only when most of its rows say who spoke. */
const MIN_KNOWN_SHARE = 0.8;

const CONTENT: MessageContentSelectors = {
  skip: [
    '[class*="avatar" i]', // profile pictures
    '[class*="nick" i]', // nicknames above bubbles
    '[class*="time" i]', // per-message timestamps
    '[class*="date" i]',
    '[class*="read-status" i]', // 已读/未读 marks
    '[class*="unread" i]',
  ].join(', '),
  productCard: [
    '[class*="goods" i]', // 商品卡片 on most clients
    '[class*="product" i]', // 京东 `.ProductCard`
    '[class*="commodity" i]',
    '[class*="card" i]:not([class*="text" i])', // 拼多多 `.good-card`, 飞鸽 `.chatd-card`; not 快手 `.BizTextCard` (plain text)
  ].join(', '),
  productCardTitle: '[class*="title" i], [class*="name" i]',
  inlineEmoji: '[class*="emoji" i], [class*="emoticon" i], [class*="face" i]',
};

/**
 * The thread's product from the cards the list shows (the same cards read as `[商品卡片: 标题]`).
 * No panel: on an unknown page a side panel cannot be told from an advert or a recommendation.
 */
const PRODUCT: ProductSelectors = { productCard: [CONTENT.productCard], productCardTitle: [CONTENT.productCardTitle] };

/** Header elements naming the open conversation's buyer. */
const BUYER_NAME_SELECTORS = [
  '[class*="chat-title" i]',
  '[class*="chat-header" i] [class*="name" i]',
  '[class*="chatheader" i] [class*="name" i]',
  '[class*="chatwindowheader" i] [class*="name" i]', // 拼多多 `.chatWindowHeader .base-info .name`
  '[class*="chat-head" i] [class*="name" i]', // 京东 咚咚 `.chat-head-name > span`
].join(', ');
const BUYER_ID_ATTRIBUTES = ['data-buyer-id', 'data-uid', 'data-user-id', 'data-customer-id'];
const NICKNAME_MAX = 40;

/** Ids pages give message rows, checked on the row and then its descendants. */
const MESSAGE_ID_ATTRIBUTES = ['data-msg-id', 'data-message-id', 'data-msgid', 'data-id'];

/** Words in a reply box's own labels (placeholder, aria-label, class, id, name). */
const REPLY_BOX_WORDS = /reply|send|message|msg|chat|editor|input|输入|回复|发送|消息/i;

const SEND_LABEL = /^\s*(?:发送|send)(?![a-z])/i; // "发送", "发送(S)", "Send"; not "sender"

function rowsOf(list: Element): Element[] {
  return Array.from(list.children).filter((row) => !isInsideExtensionUi(row));
}

interface ListReading {
  messages: RawMessage[];
  known: number;
  unknown: number;
}

function messageIdOf(row: Element): string | null {
  for (const name of MESSAGE_ID_ATTRIBUTES) {
    const value = row.getAttribute(name) ?? row.querySelector(`[${name}]`)?.getAttribute(name);
    if (value?.trim()) return value;
  }
  return row.id || null;
}

function readList(list: Element): ListReading {
  const reading: ListReading = { messages: [], known: 0, unknown: 0 };
  for (const row of rowsOf(list)) {
    const text = readMessageContent(row, CONTENT);
    if (!text) continue;
    const role = roleHintOf(row);
    // A date or time between messages is no message, whatever its row is called; a buyer or
    // agent row saying "10:30" still is one.
    if ((role === null || role === 'system') && TIME_DIVIDER.test(text)) continue;
    if (role === null) {
      reading.unknown += 1;
      continue;
    }
    reading.known += 1;
    reading.messages.push({ role, text, id: messageIdOf(row) });
  }
  return reading;
}

function isBelievable(reading: ListReading): boolean {
  const total = reading.known + reading.unknown;
  return reading.known >= 1 && reading.known / total >= MIN_KNOWN_SHARE;
}

function listCandidates(doc: Document): Set<Element> {
  const candidates = new Set<Element>(doc.querySelectorAll(MESSAGE_LIST_SELECTORS));
  const rows = doc.querySelectorAll(MESSAGE_ROW_SELECTOR);
  for (let i = 0; i < rows.length && i < MAX_ROWS_SCANNED; i += 1) {
    const parent = rows[i]?.parentElement;
    if (parent && parent !== doc.body) candidates.add(parent);
  }
  return candidates;
}

function findMessageList(doc: Document): Element | null {
  let best: Element | null = null;
  let bestKnown = 0;
  for (const candidate of listCandidates(doc)) {
    if (isInsideExtensionUi(candidate)) continue;
    const reading = readList(candidate);
    // Most rows with a speaker wins; on a tie the first (outermost, earliest) candidate stays.
    if (isBelievable(reading) && reading.known > bestKnown) {
      best = candidate;
      bestKnown = reading.known;
    }
  }
  return best;
}

function currentBuyer(doc: Document): ChatBuyer | null {
  const header = doc.querySelector(BUYER_NAME_SELECTORS);
  if (!header || isInsideExtensionUi(header)) return null;
  const nickname = cleanMessageText(header.textContent ?? '');
  // A long header is a toolbar or a notice, not a name.
  if (!nickname || nickname.length > NICKNAME_MAX) return null;
  const buyer: ChatBuyer = { nickname };
  for (const name of BUYER_ID_ATTRIBUTES) {
    const id = header.closest(`[${name}]`)?.getAttribute(name);
    if (id) {
      buyer.id = id;
      break;
    }
  }
  return buyer;
}

function readThread(doc: Document): Thread | null {
  const list = findMessageList(doc);
  if (!list) return null;
  const reading = readList(list);
  if (!isBelievable(reading)) return null;
  const buyer = currentBuyer(doc);
  const product = readThreadProduct(doc, list, PRODUCT);
  return buildThread({ site: genericAdapter.id, buyer, conversationId: buyer?.id, messages: reading.messages, product });
}

/** A chat reply box: a textarea or a rich-text editing host (not a one-line search field). */
function asReplyBox(element: Element | null): HTMLElement | null {
  if (!element || isInsideExtensionUi(element)) return null;
  const view = element.ownerDocument.defaultView;
  if (view && element instanceof view.HTMLTextAreaElement) return element.readOnly || element.disabled ? null : element;
  return editingHostOf(element);
}

function isShown(element: HTMLElement): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  // Layout-aware check where the engine has one (Chromium); jsdom has none and shows everything.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function labelsOf(element: HTMLElement): string {
  return ['placeholder', 'aria-label', 'class', 'id', 'name', 'data-placeholder']
    .map((name) => element.getAttribute(name) ?? '')
    .join(' ');
}

function findInput(doc: Document): HTMLElement | null {
  const focused = asReplyBox(deepActiveElement(doc));
  if (focused) return focused;
  // Nothing focused yet: accept the page's only reply box, or the only one labelled as one.
  const boxes = new Set<HTMLElement>();
  for (const element of doc.querySelectorAll('textarea, [contenteditable]')) {
    const box = asReplyBox(element);
    if (box && isShown(box)) boxes.add(box);
  }
  const all = [...boxes];
  if (all.length === 1) return all[0] ?? null;
  const labelled = all.filter((box) => REPLY_BOX_WORDS.test(labelsOf(box)));
  return labelled.length === 1 ? (labelled[0] ?? null) : null;
}

function findSendButton(doc: Document): HTMLElement | null {
  for (const element of doc.querySelectorAll('button, [role="button"], input[type="submit"], input[type="button"]')) {
    if (!isHtmlElement(element) || isInsideExtensionUi(element)) continue;
    const label = element.tagName === 'INPUT' ? element.getAttribute('value') : element.textContent;
    if (SEND_LABEL.test(label ?? '') || SEND_LABEL.test(element.getAttribute('aria-label') ?? '')) return element;
  }
  return null;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  // The fallback: the registry asks it last, so it takes any page.
  matches: () => true,
  findMessageList,
  readThread,
  findInput,
  findSendButton,
  currentBuyer,
};
