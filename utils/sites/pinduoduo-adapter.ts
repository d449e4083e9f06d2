import type { MessageRole } from '../schemas/thread';
import { buyerFrom, defineSiteAdapter, textOf, type SelectorLists, type SiteSpec } from './define-site-adapter';
import { firstMatch, holdsAny } from './selector-alternatives';

/**
 * 拼多多 商家客服 (mms.pinduoduo.com/chat-merchant/), a Vue 2 single-page app. Selectors come from
 * public tools that drive the live page (docs/selectors.md, "1. 拼多多 商家客服":
 * eCan.ai pdd_chat/dom.py, the 拼多多客服检索工具 extension); not tested on the live site.
 * The reply box is a `v-model` textarea: only an `input` event teaches Vue the text, which the
 * editor chain's native-value-setter step does. The page ignores synthetic clicks on 发送, and
 * we never click it anyway: the agent sends.
 */

const PINDUODUO = {
  messageList: [
    '#msgListContainer .msg-list', // chat-merchant 2024–2026: `#msgListContainer` > `ul.msg-list`
    '#msgListContainer', // builds without the inner `.msg-list`
    '.history-box .msg-list', // the scroll area named by its class alone
  ],
  message: [
    'li.onemsg', // each message `li.onemsg#middlePanel_list_<msgid>`
    'li[id^="middlePanel_list_"]', // same rows, by their id when the class is renamed
  ],
  buyer: [
    '.buyer-item', // `li.onemsg > .buyer-item > div[currentuid] > .msg-content`
    '[class*="buyer-item"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/pinduoduo-hashed.html): `buyer-item_Xa81c`
  ],
  agent: [
    '.cs-item', // human and robot replies alike (robot: `.cs-item.callback` holding `.robot-text`)
    '[class*="cs-item"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/pinduoduo-hashed.html): `cs-item_Bq20d`
  ],
  system: [
    '.msg-system', // e.g. 当前用户来自 商品详情页
    '[class^="system-msg"]', // newer system tips `.system-msg-…`
    '[class*=" system-msg"]',
    '[class*="msg-system"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/pinduoduo-hashed.html): `msg-system_Ha5s2`
  ],
  body: [
    '.msg-content', // text `p.msg-content-box`, images `.image-msg img`, cards `.good-card`
    '.msg-system',
    '[class^="system-msg"]',
    '[class*=" system-msg"]',
    '[class*="msg-content"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/pinduoduo-hashed.html): the outer `msg-content_Lr4e7` comes first
    '[class*="msg-system"]',
  ],
  skip: [
    '.message-time', // per-message time
    '.robot-text', // the 机器人 label on robot replies: a label, not what was said
    '[class*="avatar"]',
    '[class*="read-status"]', // 已读 / 未读
    '[class*="message-time"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/pinduoduo-hashed.html): `message-time_Jk8w3`
    '[class*="robot-text"]',
  ],
  productCard: [
    '.good-card', // 商品卡片 the buyer sent from the goods page
    '.commonCard', // cards of other kinds (商品, 订单) in newer builds
  ],
  productCardTitle: [
    '[class*="title"]',
    '[class*="name"]',
  ],
  // The thread's product (utils/sites/thread-product.ts): cards in the thread first, then the
  // right-hand panel. Only `.good-card` / `.commonCard` are in the sources; the rest is assumed.
  orderCard: [
    '.order-card', // assumed: 订单卡片 the buyer sends from 我的订单
    '[class*="orderCard" i]',
  ],
  orderCardTitle: [
    '[class*="goods-name"]', // assumed: the goods line of an order card
    '[class*="goodsName" i]',
    '[class*="title"]',
  ],
  cardSku: [
    '[class*="spec" i]', // assumed: 规格 line of an order (or goods) card
    '[class*="sku" i]',
  ],
  productPanel: [
    '.right-panel .goods-info', // assumed: the 商品 tab of the right-hand panel (咨询商品)
    '[class*="rightPanel" i] [class*="goods-info" i]',
    '[class*="right-panel" i] [class*="goods" i][data-goods-id]',
  ],
  productPanelTitle: [
    '.goods-name', // assumed
    '[class*="title"]',
    '[class*="name"]',
  ],
  inlineEmoji: [
    'img.emoji', // 表情 inline in text
    'img[class*="emoji"]',
  ],
  headerName: [
    '.chatWindowHeader .base-info .name', // the open conversation's header
  ],
  /** The buyer's uid on their own messages (same uid as the conversation row's `data-random`). */
  buyerUid: ['#msgListContainer [currentuid]'],
  activeConversation: [
    '.chat-item-box.active[data-random]', // `data-random` = `<uid>-0-<group>`
    '.chat-item-box[data-random]:has(li.chat-item.active)', // builds that mark the inner `li`
  ],
  conversationName: ['.nickname-span'],
  input: [
    'textarea#replyTextarea', // the v-model reply box
    '.reply-box textarea',
  ],
  sendButton: [
    '.reply-box .send-btn', // 发送
    '.send-btn',
  ],
  // The conversation list, for the waiting queue (utils/sites/conversation-list.ts); the row's
  // name (`conversationName`) and its selected state (`activeConversation`) are listed above.
  conversationRow: [
    '.chat-item-box[data-random]', // chat-merchant 2024–2026: `data-random` = `<uid>-0-<group>`
    'li.chat-item', // builds without the outer box (the key is then the nickname)
  ],
  conversationSkip: [],
  conversationTime: [
    '.item-note', // time of the row's last message (10:06, 昨天 …)
  ],
  conversationGroup: [],
  waitingGroup: [],
  waitingMarker: [
    '.chat-unreply-over-time', // unanswered past the client's own limit (sourced)
  ],
  unreadBadge: [
    '[class*="unread" i]', // assumed: an unread count on the row (no source names it)
  ],
  conversationClick: [
    'li.chat-item', // the inner row: a click on it also reaches a listener on the outer box
  ],
} as const;

/**
 * The version of the named lists above (utils/schemas/site-lists.ts publishes them for packs).
 * Bump it when a list's name or meaning changes, so overrides written for the old lists are
 * ignored rather than misapplied; adding a list or an alternative needs no bump.
 */
export const PINDUODUO_ADAPTER_VERSION = 1;

/** The selector lists this file publishes, widened so a pack may replace any of them. */
type Lists = SelectorLists<typeof PINDUODUO>;

/** Notices rendered like ordinary rows in some builds; they are the platform speaking. */
const SYSTEM_TEXTS = [/^.{0,30}撤回了一条消息$/, /邀请下单.*立即使用$/, /^当前用户来自.*(?:商品详情页|店铺|直播间|搜索|活动页)/];

function roleOf(row: Element, s: Lists): MessageRole | null {
  if (holdsAny(row, s.system)) return 'system';
  if (SYSTEM_TEXTS.some((pattern) => pattern.test(textOf(row)))) return 'system';
  if (holdsAny(row, s.buyer)) return 'buyer';
  if (holdsAny(row, s.agent)) return 'agent';
  return null;
}

function uidOfConversationRow(doc: Document, s: Lists): string | null {
  const random = firstMatch(doc, s.activeConversation)?.getAttribute('data-random') ?? '';
  return random.split('-')[0] || null;
}

export const pinduoduoSpec: SiteSpec<Lists> = {
  id: 'pinduoduo',
  matchPatterns: ['https://mms.pinduoduo.com/chat-merchant/*'],
  selectors: PINDUODUO,
  roleOf,
  messageIdOf: (row) => row.id || null,
  conversationList: { keyOf: (row) => row.getAttribute('data-random')?.split('-')[0] || null },
  currentBuyer(doc, s) {
    const uid = firstMatch(doc, s.buyerUid)?.getAttribute('currentuid') ?? uidOfConversationRow(doc, s);
    const active = firstMatch(doc, s.activeConversation);
    const nickname = textOf(firstMatch(doc, s.headerName)) || textOf(active && firstMatch(active, s.conversationName));
    return buyerFrom(uid, nickname);
  },
};

export const pinduoduoAdapter = defineSiteAdapter(pinduoduoSpec);
