import type { MessageRole } from '../schemas/thread';
import { buyerFrom, defineSiteAdapter, textOf, type SelectorLists, type SiteSpec } from './define-site-adapter';
import { firstMatch, holdsAny } from './selector-alternatives';

/**
 * 快手小店 客服工作台 (im.kwaixiaodian.com/workbench; older /pc). Selectors come from public tools
 * that drive the live page (docs/selectors.md, "3. 快手小店": a Playwright worker,
 * an Electron preload, other scripts); not tested on the live site. Message rows use the
 * `kwaishop-cs-*` component class names, which are readable and have been stable across the
 * builds those tools saw. The reply box is a Quill editor (`.ql-editor`), the send button antd's.
 */

const KUAISHOU = {
  messageList: [
    '.ChatMessageList-ContentWrap', // workbench 2025–2026
    '.ChatMessageList',
    '[class*="ChatMessageList-ContentWrap"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/kuaishou-hashed.html): `ChatMessageList-ContentWrap___k2Lq9`
  ],
  message: [
    'div[id*="cs-common-message-list-item"]', // one message row
    '[class*="LayoutDefaultWrapper_lrWrapper"], [class*="LayoutMiddleWrapper_msgBody"]', // rows found by their layout alone
  ],
  system: [
    '.kwaishop-cs-LayoutMiddleWrapper_msgBody', // lines drawn in the middle: notices, session closed
    '[class*="LayoutMiddleWrapper"]',
    '.kwaishop-cs-bizBuyerFromCard', // 买家来自… (where the buyer came from)
    '[class*="BuyerFromCard"]',
  ],
  buyer: [
    '.kwaishop-cs-LayoutDefaultWrapper__notMe', // the buyer's side
    '[class*="LayoutDefaultWrapper__notMe"]',
    '.kwaishop-cs-BizNoticeCard', // a notice the buyer's action raised (e.g. 催发货)
  ],
  agent: [
    '.kwaishop-cs-LayoutDefaultWrapper__isMine', // the shop's side, auto replies included
    '[class*="LayoutDefaultWrapper__isMine"]',
  ],
  body: [
    '.kwaishop-cs-LayoutDefaultWrapper_msgBody', // the bubble, without `_beforeMsgBody` (nick + time)
    '[class*="LayoutDefaultWrapper_msgBody"]',
    '.kwaishop-cs-LayoutMiddleWrapper_msgBody',
    '[class*="LayoutMiddleWrapper_msgBody"]',
  ],
  skip: [
    '[class*="_beforeMsgBody"]', // nickname and time above the bubble
    '[class*="avatar" i]',
    '[class*="readStatus" i]', // 已读 / 未读
  ],
  productCard: [
    '[class*="GoodsCard"]', // 商品卡片 (`kwaishop-cs-BizGoodsCard`)
    '[class*="ProductCard"]',
  ],
  productCardTitle: [
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  // The thread's product (utils/sites/thread-product.ts): cards in the thread first, then the
  // side panel. `.kwaishop-cs-BizOrderCard` is in the sources; its inside and the panel are assumed.
  orderCard: [
    '.kwaishop-cs-BizOrderCard', // 订单卡片
    '[class*="BizOrderCard"]',
  ],
  orderCardTitle: [
    '[class*="itemTitle" i]', // assumed: the goods line of an order card
    '[class*="goodsName" i]',
    '[class*="title" i]',
  ],
  cardSku: [
    '[class*="sku" i]', // assumed: 规格 line
    '[class*="spec" i]',
  ],
  productPanel: [
    '.kwaishop-cs-GoodsInfo', // assumed: the 商品 tab of the side panel (咨询商品)
    '[class*="SideBar" i] [class*="GoodsInfo"]',
    '[class*="RightPanel" i] [class*="GoodsInfo"]',
  ],
  productPanelTitle: [
    '[class*="itemTitle" i]', // assumed
    '[class*="title" i]',
    '[class*="name" i]',
  ],
  inlineEmoji: ['img[class*="emoji" i]'],
  /** The container row's id carries the customer: `0_<customerId>_<…>`. */
  customerIdHolder: [
    '.ChatMessageList-ContentWrap div[id^="0_"]',
    '[class*="ChatMessageList-ContentWrap"] div[id^="0_"]', // variant: CSS-module-hashed build (tests/fixtures/sites/variants/kuaishou-hashed.html)
  ],
  activeSessionName: [
    '.SessionBaseCard[class*="active" i] .SessionBaseCard-topHeadName', // the selected session card
    '.SessionBaseCard[class*="selected" i] .SessionBaseCard-topHeadName',
  ],
  buyerNickOnMessage: [
    '[class*="LayoutDefaultWrapper__notMe"] [class*="_beforeMsgBody"] > :first-child', // nick above a buyer bubble
  ],
  input: [
    '.SendBox .SendBox-Editor .ql-editor', // the Quill editor
    '.SendBox .ql-editor[contenteditable="true"]',
    '.ql-editor[contenteditable="true"]',
  ],
  sendButton: [
    '.SendBox-buttonRight .ant-btn-primary', // 发送
    '.SendBox button.ant-btn-primary',
  ],
  // The session list, for the waiting queue (utils/sites/conversation-list.ts).
  conversationRow: [
    '.SessionBaseCard', // one session card (workbench 2025–2026)
  ],
  conversationSkip: [],
  conversationName: [
    '.SessionBaseCard-topHeadName',
    '[class*="SessionBaseCard-topHeadName"]',
  ],
  conversationTime: [
    '.SessionBaseCard-topHeadTime', // assumed: the time beside the name
    '[class*="topHeadTime"]',
  ],
  conversationGroup: [
    '.SessionListGroupItem-groupName', // group headers; their text names the group (waitingGroupTexts)
    '[class*="SessionListGroupItem-groupName"]',
  ],
  waitingGroup: [],
  waitingMarker: [],
  unreadBadge: [
    '.SessionBaseCard-unread-rot', // the unread dot
    '[class*="unread-rot"]',
  ],
  activeConversation: [
    '.SessionBaseCard[class*="active" i]', // assumed, as for the open session's name above
    '.SessionBaseCard[class*="selected" i]',
  ],
  conversationClick: [],
} as const;

/**
 * The version of the named lists above (utils/schemas/site-lists.ts publishes them for packs).
 * Bump it when a list's name or meaning changes, so overrides written for the old lists are
 * ignored rather than misapplied; adding a list or an alternative needs no bump.
 */
export const KUAISHOU_ADAPTER_VERSION = 1;

/** The selector lists this file publishes, widened so a pack may replace any of them. */
type Lists = SelectorLists<typeof KUAISHOU>;

/** Text markers the platform puts on its own lines. */
const SYSTEM_TEXTS = [/^\[系统消息\]/, /超时未回复，会话关闭/, /^【防诈贴士】/];

function roleOf(row: Element, s: Lists): MessageRole | null {
  if (holdsAny(row, s.system)) return 'system';
  if (SYSTEM_TEXTS.some((pattern) => pattern.test(textOf(firstMatch(row, s.body) ?? row)))) return 'system';
  if (holdsAny(row, s.agent)) return 'agent';
  if (holdsAny(row, s.buyer)) return 'buyer';
  return null;
}

function customerIdOf(doc: Document, s: Lists): string | null {
  const parts = (firstMatch(doc, s.customerIdHolder)?.id ?? '').split('_');
  return parts.length >= 3 && parts[1] ? parts[1] : null;
}

export const kuaishouSpec: SiteSpec<Lists> = {
  id: 'kuaishou',
  matchPatterns: ['https://im.kwaixiaodian.com/*'],
  selectors: KUAISHOU,
  roleOf,
  messageIdOf: (row) => row.id || null,
  // The client's own groups: 请在3分钟内回复 and 已超时 (sourced), whatever count follows the name.
  conversationList: { waitingGroupTexts: [/^请在\d+分钟内回复/, /^已超时/] },
  currentBuyer: (doc, s) =>
    buyerFrom(customerIdOf(doc, s), textOf(firstMatch(doc, s.activeSessionName)) || textOf(firstMatch(doc, s.buyerNickOnMessage))),
};

export const kuaishouAdapter = defineSiteAdapter(kuaishouSpec);
