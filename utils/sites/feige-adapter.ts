import type { MessageRole } from '../schemas/thread';
import { buyerFrom, defineSiteAdapter, textOf, type SelectorLists, type SiteSpec } from './define-site-adapter';
import { firstMatch, holdsAny } from './selector-alternatives';

/**
 * 抖店 飞鸽 (im.jinritemai.com/pc_seller_v2/main/workspace; older host pigeon.jinritemai.com), a
 * React app. Selectors come from public tools that drive the live page
 * (docs/selectors.md, "2. 抖店 飞鸽": eCan.ai feige_chat "confirmed from live DOM
 * captures", a Feige adapter test, a userscript, a health probe); not tested on the live site.
 * Its CSS-in-JS class names are hashes that rotate between builds, so every hashed class below
 * has a fallback on a stable anchor (`data-qa-id`, `data-id`, the semantic `messageIsMe` /
 * `messageNotMe` names, inline `flex-direction`). The reply box is a React-controlled textarea:
 * only the native value setter plus an `input` event reaches React's state.
 */

const FEIGE = {
  messageList: [
    '.messageList', // workspace 2025–2026 (health probe)
    'div:has(> [data-qa-id="qa-message-warpper"])', // any build: the parent of the message wrappers
  ],
  message: [
    '[data-qa-id="qa-message-warpper"]', // one message ("warpper": Feige's own spelling)
    '.msgItemWrap', // health probe's name for the same rows
  ],
  /** The bubble; its semantic class says the side. */
  bubble: [
    '.iD7SHBvMhm4OhfCsBGr1', // hashed bubble class (2026-04)
    '[class*="messageIsMe"]', // any build
    '[class*="messageNotMe"]',
  ],
  agentBubble: ['[class*="messageIsMe"]'], // the shop's side: human agents and the 机器人 alike
  buyerBubble: ['[class*="messageNotMe"]'],
  /** The avatar + bubble row; `row-reverse` is the agent's side. */
  directionRow: [
    '.Ie29C7uLyEjZzd8JeS8A', // hashed row class (2026-04)
    '[style*="flex-direction"]', // any build: the row is laid out with an inline direction
  ],
  system: [
    '.BqNO6cexAGBsZgUmEzIE', // e.g. 会话已关闭
    '.e0Bi5IauHWvUG8773oi9', // e.g. 客服 xx 已接入
    '.rcHPT4n3TlQD0Nu4sSiv', // other event lines
  ],
  body: [
    '.iD7SHBvMhm4OhfCsBGr1 pre', // text messages: their words are in `pre`
    '[class*="messageIsMe"] pre',
    '[class*="messageNotMe"] pre',
    '.iD7SHBvMhm4OhfCsBGr1', // bubbles without `pre` (cards)
    '[class*="messageIsMe"]',
    '[class*="messageNotMe"]',
    '.Ie29C7uLyEjZzd8JeS8A', // image messages: a bare `<img alt="图片">` beside the avatar
    '[style*="flex-direction"]',
  ],
  skip: [
    'img[alt="头像"]', // avatars
    '.Zq9KgucRnc7bRQfikvzQ', // hashed avatar classes (2026-04)
    '.qwDH4Hnmk4jmYkYLmHGF',
    '[class*="avatar" i]',
    '.O4UWWFoQxgMq4AWHMq25', // per-message time (2026-04)
    '[class*="readStatus" i]', // 已读 / 未读
  ],
  productCard: [
    '.chatd-card', // 商品卡片 (price in `.chatd-price-price-inter`)
    '[class*="goodsCard" i]',
  ],
  productCardTitle: [
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  // The thread's product (utils/sites/thread-product.ts): cards in the thread first, then the
  // right-hand panel. Only `.chatd-card` is in the sources; the rest is assumed.
  orderCard: [
    '[class*="orderCard" i]', // assumed: 订单卡片
    '[class*="order-card" i]',
  ],
  orderCardTitle: [
    '[class*="productName" i]', // assumed
    '[class*="goodsName" i]',
    '[class*="title" i]',
  ],
  cardSku: [
    '[class*="sku" i]', // assumed: 规格 line of an order card
    '[class*="spec" i]',
  ],
  productPanel: [
    '[data-qa-id="qa-product-info"]', // assumed: the 商品 tab of the right-hand panel
    '[class*="rightPanel" i] [class*="productInfo" i]',
    '[class*="sidebar" i] [class*="goodsInfo" i]',
  ],
  productPanelTitle: [
    '[class*="productName" i]', // assumed
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  inlineEmoji: ['img[class*="emoji" i]'],
  messageId: ['[data-id]'], // `data-id` on the wrapper's child div
  header: [
    '#topbar-left-info', // nickname as its first leaf, then 添加备注
  ],
  activeConversationName: [
    '[data-qa-id="qa-conversation-chat-item"][class*="active" i] [class*="NameContent"]', // the selected row's name
    '[data-qa-id="qa-conversation-chat-item"][aria-selected="true"] [class*="NameContent"]',
  ],
  input: [
    'textarea[data-qa-id="qa-send-message-textarea"]', // the React-controlled reply box
    '#im-input-box', // older workspace
    'textarea[placeholder*="发送给"]', // placeholder "发送给 X，使用Enter 发送消息"
  ],
  sendButton: [
    '[data-qa-id="qa-send-message-button"]', // a div, not a button
  ],
  // The conversation list, for the waiting queue (utils/sites/conversation-list.ts).
  conversationRow: [
    '#chantListScrollArea [data-qa-id="qa-conversation-chat-item"]', // rows of the open tab (当前会话 `qa-active-chat-tab` / `qa-last-chat-tab`)
    '[data-qa-id="qa-conversation-chat-item"]', // same rows outside the known scroll area
    'div[data-kora="conversation"]', // same rows by their other anchor
  ],
  conversationSkip: [
    '[data-btm-id$=".systemConv"]', // the platform's own conversations (row state `.current` / `.recent` / `.systemConv`)
  ],
  conversationName: [
    '.MP1bk3ccfHC9V2SnPCGD[title]', // hashed name holder with the full name in `title` (2026-04)
    '.Jv6FtqUv5VoYARd2pp4y', // hashed name text (2026-04)
    '[class*="NameContent"]', // newer code's substring
  ],
  conversationTime: [], // no known class: the row's time is found by its text (conversationList.timeFromLeaves)
  conversationGroup: [
    '[data-btm^="message_group_name_"]', // assumed: every group header carries `message_group_name_<group>`
  ],
  waitingGroup: [
    '[data-btm="message_group_name_waitReply"]', // 待回复 (sourced)
    '[data-btm="message_group_name_overtime"]', // 已超时 (sourced)
  ],
  waitingMarker: [],
  unreadBadge: [
    '[class*="badge-count"]', // newer code's substring for the row's unread count
  ],
  activeConversation: [
    '.wmvLQcpt39Hk9PSISrlN', // hashed selected-row class (2026-04; such state classes rotate)
    '[data-qa-id="qa-conversation-chat-item"][class*="active" i]', // assumed
    '[data-qa-id="qa-conversation-chat-item"][aria-selected="true"]', // assumed
  ],
  conversationClick: [],
} as const;

/**
 * The version of the named lists above (utils/schemas/site-lists.ts publishes them for packs).
 * Bump it when a list's name or meaning changes, so overrides written for the old lists are
 * ignored rather than misapplied; adding a list or an alternative needs no bump.
 */
export const FEIGE_ADAPTER_VERSION = 1;

/** The selector lists this file publishes, widened so a pack may replace any of them. */
type Lists = SelectorLists<typeof FEIGE>;

const NOT_A_NAME = new Set(['添加备注', '备注']);
/** The reply box's placeholder names the buyer: "发送给 X，使用Enter 发送消息". */
const PLACEHOLDER_NAME = /^发送给\s*(.+?)\s*[，,]/;

function roleOf(row: Element, s: Lists): MessageRole | null {
  if (holdsAny(row, s.system)) return 'system';
  const bubble = firstMatch(row, s.bubble);
  if (bubble && holdsAny(bubble, s.agentBubble)) return 'agent';
  if (bubble && holdsAny(bubble, s.buyerBubble)) return 'buyer';
  const direction = firstMatch(row, s.directionRow);
  const view = row.ownerDocument.defaultView;
  if (direction && view && direction instanceof view.HTMLElement) {
    return direction.style.flexDirection.includes('reverse') ? 'agent' : 'buyer';
  }
  // Neither bubble nor avatar row: an event line (会话关闭, 客服接入) drawn in the middle.
  return bubble ? null : 'system';
}

/** The header's first piece of text that is a name, not a button beside it. */
function headerName(doc: Document, s: Lists): string {
  const header = firstMatch(doc, s.header);
  if (!header) return '';
  for (const leaf of header.querySelectorAll('*')) {
    if (leaf.children.length > 0) continue;
    const text = textOf(leaf);
    if (text && !NOT_A_NAME.has(text)) return text;
  }
  return '';
}

function placeholderName(doc: Document, s: Lists): string {
  const placeholder = firstMatch(doc, s.input)?.getAttribute('placeholder') ?? '';
  return PLACEHOLDER_NAME.exec(placeholder)?.[1] ?? '';
}

export const feigeSpec: SiteSpec<Lists> = {
  id: 'feige',
  matchPatterns: ['https://im.jinritemai.com/*', 'https://pigeon.jinritemai.com/*'],
  selectors: FEIGE,
  roleOf,
  messageIdOf: (row, s) => row.getAttribute('data-id') ?? firstMatch(row, s.messageId)?.getAttribute('data-id') ?? null,
  conversationList: { timeFromLeaves: true },
  // Feige shows no buyer id on the page; the nickname names the conversation.
  currentBuyer: (doc, s) => buyerFrom(null, headerName(doc, s) || textOf(firstMatch(doc, s.activeConversationName)) || placeholderName(doc, s)),
};

export const feigeAdapter = defineSiteAdapter(feigeSpec);
