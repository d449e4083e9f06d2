import type { MessageRole } from '../schemas/thread';
import { buyerFrom, defineSiteAdapter, textOf, type SelectorLists, type SiteSpec } from './define-site-adapter';
import { firstMatch, holdsAny } from './selector-alternatives';

/**
 * 京东 咚咚 商家工作台 (dongdong.jd.com) and the reception page in the shop backend
 * (shop.jd.com/jdm/kefu/…). Selectors come from public tools that drive the live page
 * (docs/selectors.md, "4. 京东 咚咚": a Playwright DOM-only adapter and the jdchat
 * capture notes); not tested on the live site. The page's runtime state (`window.session`) is in
 * the page's own world and holds only the last ~10 messages, so the DOM is the source here.
 * The reply box is a plain contenteditable (`.EditorContent`).
 */

const DONGDONG = {
  messageList: [
    '#t-chat-scroll', // `.chat-wrap .chat-content-w #t-chat-scroll.chat-scroll-wrap`
    '.chat-content-w .chat-scroll-wrap', // the same scroll area by class
  ],
  message: [
    '.message', // one message; the side element inside carries the id
  ],
  system: [
    '.message_center', // centred notices (客服接入, 会话结束)
    '.message__system',
    '[class*="message_center"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/jd-dongdong-hashed.html): `message_center___x4f6R`
  ],
  buyer: [
    '.message_left', // the customer's side
    '[class*="message_left"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/jd-dongdong-hashed.html)
  ],
  agent: [
    '.message_right', // the shop's side, robot replies included
    '[class*="message_right"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/jd-dongdong-hashed.html)
  ],
  side: [
    '.message_left',
    '.message_right',
    '.message_center',
    '.message__system',
    '[class*="message_left"], [class*="message_right"], [class*="message_center"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/jd-dongdong-hashed.html)
  ],
  body: [
    '.message__content', // text in `pre.message__text`, images `.message__image-wrap`, cards
    '.message_center',
    '.message__system',
    '[class*="message__content"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/jd-dongdong-hashed.html): `message__content___b8n2T`
    '[class*="message_center"]',
  ],
  skip: [
    '.message__time_str', // per-message time
    '[class*="avatar" i]',
    '[class*="read-status" i]', // 已读 / 未读
    '[class*="message__time"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/jd-dongdong-hashed.html): `message__time_str___m3v5Y`
  ],
  productCard: [
    '.CardWrapper.ProductCard', // 商品卡片
    '[class*="ProductCard"]',
  ],
  productCardTitle: [
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  // The thread's product (utils/sites/thread-product.ts): cards in the thread first, then the
  // right-hand panel. Only `.CardWrapper.ProductCard` is in the sources; the rest is assumed.
  // 京东's item id is the SKU id in `item.jd.com/<id>.html`.
  orderCard: [
    '.CardWrapper.OrderCard', // assumed by analogy with `.CardWrapper.ProductCard`
    '[class*="OrderCard"]',
  ],
  orderCardTitle: [
    '[class*="name" i]', // assumed
    '[class*="title" i]',
  ],
  cardSku: [
    '[class*="spec" i]', // assumed: 规格 / 颜色 line
    '[class*="sku-attr" i]',
  ],
  productPanel: [
    '.right-side .product-info', // assumed: the 商品 tab of the right-hand panel (咨询商品)
    '[class*="ProductInfo"]',
    '[class*="product-info" i]',
  ],
  productPanelTitle: [
    '[class*="name" i]', // assumed
    '[class*="title" i]',
  ],
  inlineEmoji: ['img[class*="emoji" i]', 'img[class*="face" i]'],
  headerName: [
    '.chat-head-name > span', // the open conversation's customer
    '.chat-head-name',
  ],
  activeContact: [
    '.alluser-item.active', // the selected contact row (class names seen in different builds)
    '.alluser-item.alluser-item_active',
    '.alluser-item.cur',
    '.alluser-item[aria-selected="true"]',
  ],
  input: [
    '.EditorContent[contenteditable="true"]', // the contenteditable reply box
    '.EditorContent [contenteditable="true"]',
  ],
  sendButton: [
    '.SendButtonGroup > .send-button', // 发送
    '.send-button',
  ],
  // The contact list, for the waiting queue (utils/sites/conversation-list.ts). Best effort: only
  // the rows, their name and time and the tabs are sourced; 京东 shows no waiting group we know of.
  conversationRow: [
    '#t-alluser-wrap > .c_tabs > .c_tabs-content > .c_tabs-tabpane:not(.c_tabs-tab_inactive) .alluser-item', // the shown tab (正在咨询)
    '#t-alluser-wrap .alluser-item', // builds with other wrappers around the tabs
  ],
  conversationSkip: [],
  conversationName: ['.alluser-item-name'],
  conversationTime: [
    '.alluser-item-date-w', // time of the last message
  ],
  conversationGroup: [],
  waitingGroup: [],
  waitingMarker: [],
  unreadBadge: [
    '.alluser-item-unread', // assumed: an unread count on the contact
    '[class*="unread" i]',
  ],
  activeConversation: [
    '.alluser-item.active', // assumed, as `activeContact` above
    '.alluser-item.alluser-item_active',
    '.alluser-item.cur',
    '.alluser-item[aria-selected="true"]',
  ],
  conversationClick: [],
} as const;

/**
 * The version of the named lists above (utils/schemas/site-lists.ts publishes them for packs).
 * Bump it when a list's name or meaning changes, so overrides written for the old lists are
 * ignored rather than misapplied; adding a list or an alternative needs no bump.
 */
export const JD_DONGDONG_ADAPTER_VERSION = 1;

/** The selector lists this file publishes, widened so a pack may replace any of them. */
type Lists = SelectorLists<typeof DONGDONG>;

/** Attributes a contact row may carry the customer's account in (which one varies by build). */
const CONTACT_ID_ATTRIBUTES = ['data-user-id', 'data-uid', 'data-userid', 'data-customer-id', 'data-pin'];

function roleOf(row: Element, s: Lists): MessageRole | null {
  if (holdsAny(row, s.system)) return 'system';
  if (holdsAny(row, s.buyer)) return 'buyer';
  if (holdsAny(row, s.agent)) return 'agent';
  return null;
}

function contactIdOfRow(contact: Element | null): string | null {
  for (const name of CONTACT_ID_ATTRIBUTES) {
    const value = contact?.getAttribute(name);
    if (value) return value;
  }
  return null;
}

function contactIdOf(doc: Document, s: Lists): string | null {
  return contactIdOfRow(firstMatch(doc, s.activeContact));
}

export const jdDongdongSpec: SiteSpec<Lists> = {
  id: 'jd-dongdong',
  matchPatterns: ['https://dongdong.jd.com/*', 'https://shop.jd.com/jdm/kefu/*'],
  selectors: DONGDONG,
  roleOf,
  messageIdOf: (row, s) => firstMatch(row, s.side)?.id || row.id || null,
  conversationList: { keyOf: contactIdOfRow },
  // The header shows the customer's account name; some builds also put an id on the contact row.
  currentBuyer: (doc, s) => buyerFrom(contactIdOf(doc, s), textOf(firstMatch(doc, s.headerName))),
};

export const jdDongdongAdapter = defineSiteAdapter(jdDongdongSpec);
