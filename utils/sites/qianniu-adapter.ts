import type { MessageRole } from '../schemas/thread';
import { buyerFrom, defineSiteAdapter, textOf, type SelectorLists, type SiteSpec } from './define-site-adapter';
import { roleHintOf } from './role-hints';
import { firstMatch, holdsAny } from './selector-alternatives';

/**
 * 千牛 web 接待 (qn.taobao.com / myseller.taobao.com …/app-customer-service/…). DEFENSIVE: the
 * public record is thin (docs/selectors.md, "5. 千牛 web"). No public tool shows the
 * live reception DOM; the only selectors seen are those of the chat-history search iframe
 * (`[class*="chatWrap"]`, `[class*="chatName"]`, `[class*="chatTime"]`, `[class*="chatTextLeft"]`),
 * whose CSS-module names carry build hashes (`chatTextLeft___3xYz`). So:
 * - every selector is a substring match on a readable class-name stem, never a hash;
 * - the chat may sit in an iframe: the content script runs in every frame on these hosts
 *   (`allFrames`), each frame reads only its own document, and the frame that shows a
 *   conversation answers (utils/page/requests/frame-policy.ts); an iframe on another host is out of reach;
 * - who spoke falls back to the generic class-name hints, and a reading where most rows stay
 *   unclear is refused, so the generic adapter (and the popup's "使用通用识别" note) takes over;
 * - the reply box falls back to the box the agent focused (generic adapter).
 * Fixture-tested against a page built from these assumptions only; not tested on the live site.
 */

const QIANNU = {
  messageList: [
    '[class*="messageList"]', // assumed: CSS-module list `messageList___…`
    '[class*="message-list"]',
    '[class*="chatWrap"]', // chat-history iframe's wrapper (seen)
    '.results-list', // chat-history search results (seen)
  ],
  message: [
    '[class*="chatItem"]', // assumed row stem beside the seen `chatName`/`chatTime`/`chatText*`
    '[class*="messageItem"]',
    '[class*="message-item"]',
    '[class*="msgItem"]',
  ],
  buyer: [
    '[class*="chatTextLeft"]', // buyer text on the left (seen in the history iframe)
  ],
  agent: [
    '[class*="chatTextRight"]', // the shop's text on the right (by symmetry; robot replies included)
  ],
  system: [
    '[class*="systemMsg"]', // assumed stems for platform notices
    '[class*="system-msg"]',
    '[class*="chatNotice"]',
  ],
  body: [
    '[class*="chatText"]', // the bubble (`chatTextLeft` / `chatTextRight`)
    '[class*="systemMsg"]',
    '[class*="system-msg"]',
    '[class*="chatNotice"]',
  ],
  skip: [
    '[class*="chatName"]', // nickname above a message (seen)
    '[class*="chatTime"]', // time (seen)
    '[class*="avatar" i]',
    '[class*="readStatus" i]',
  ],
  productCard: [
    '[class*="goodsCard" i]', // 宝贝卡片 (assumed stems)
    '[class*="itemCard" i]',
    '[class*="productCard" i]',
  ],
  productCardTitle: [
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  // The thread's product (utils/sites/thread-product.ts): cards in the thread first, then the
  // right-hand panel. All assumed stems, like the rest of this file.
  orderCard: [
    '[class*="orderCard" i]', // assumed: 订单卡片
    '[class*="tradeCard" i]',
  ],
  orderCardTitle: [
    '[class*="itemTitle" i]', // assumed
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  cardSku: [
    '[class*="sku" i]', // assumed: 颜色分类 / 规格 line
    '[class*="spec" i]',
  ],
  productPanel: [
    '[class*="consultItem" i]', // assumed: 正在咨询的宝贝 in the right-hand panel
    '[class*="rightPanel" i] [class*="itemInfo" i]',
    '[class*="sidebar" i] [class*="itemInfo" i]',
  ],
  productPanelTitle: [
    '[class*="itemTitle" i]', // assumed
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  inlineEmoji: ['img[class*="emoji" i]', 'img[class*="face" i]'],
  headerName: [
    '[class*="chatHeader"] [class*="nick"]', // assumed header stems
    '[class*="chatHeader"] [class*="name" i]',
    '[class*="conversationItem"][class*="active"] [class*="nick"]', // the selected conversation row
  ],
  input: [
    '[class*="editor" i] textarea', // assumed: a textarea or a contenteditable inside an editor block
    '[class*="editor" i] [contenteditable="true"]',
    'textarea[placeholder*="回复"]',
    'textarea[placeholder*="发送"]',
  ],
  sendButton: [
    'button[class*="send" i]', // assumed: 发送; the generic adapter finds it by its label otherwise
    '[class*="send" i] button',
  ],
  // The conversation list, for the waiting queue (utils/sites/conversation-list.ts). All assumed
  // stems, like the rest of this file: no public source shows 千牛's list.
  conversationRow: [
    '[class*="conversationItem"]', // assumed
    '[class*="conversation-item"]',
    '[class*="sessionItem"]',
  ],
  conversationSkip: [],
  conversationName: [
    '[class*="nick"]', // assumed
    '[class*="name" i]',
  ],
  conversationTime: [
    '[class*="time" i]', // assumed
  ],
  conversationGroup: [],
  waitingGroup: [],
  waitingMarker: [],
  unreadBadge: [
    '[class*="unread" i]', // assumed
    '[class*="badge" i]',
  ],
  activeConversation: [
    '[class*="active"]', // assumed: a selected row's class carries `active` (or `selected`)
    '[class*="selected"]',
  ],
  conversationClick: [],
} as const;

/**
 * The version of the named lists above (utils/schemas/site-lists.ts publishes them for packs).
 * Bump it when a list's name or meaning changes, so overrides written for the old lists are
 * ignored rather than misapplied; adding a list or an alternative needs no bump.
 */
export const QIANNIU_ADAPTER_VERSION = 1;

/** The selector lists this file publishes, widened so a pack may replace any of them. */
type Lists = SelectorLists<typeof QIANNU>;

/** Notices the platform writes into the thread, whatever their class names. */
const SYSTEM_TEXTS = [/^\[系统消息\]/, /撤回了一条消息$/, /(?:已接入|已转接|会话已结束|会话结束)/];

function roleOf(row: Element, s: Lists): MessageRole | null {
  if (holdsAny(row, s.system)) return 'system';
  if (holdsAny(row, s.buyer)) return 'buyer';
  if (holdsAny(row, s.agent)) return 'agent';
  if (SYSTEM_TEXTS.some((pattern) => pattern.test(textOf(row)))) return 'system';
  return roleHintOf(row);
}

export const qianniuSpec: SiteSpec<Lists> = {
  id: 'qianniu',
  matchPatterns: ['https://qn.taobao.com/*', 'https://myseller.taobao.com/*'],
  selectors: QIANNU,
  roleOf,
  messageIdOf: (row) => row.getAttribute('data-id') ?? row.getAttribute('data-msg-id') ?? (row.id || null),
  currentBuyer: (doc, s) => buyerFrom(null, textOf(firstMatch(doc, s.headerName))),
};

export const qianniuAdapter = defineSiteAdapter(qianniuSpec);
