/**
 * The named selector lists each stock client's adapter publishes (utils/sites/<id>-adapter.ts:
 * the keys of its selector object), with the adapter version they belong to. A pack's
 * `siteOverrides` (site-override.ts) may replace any of these lists, by name, for the adapter
 * version it was written for. A plain table, so the pack format, the console and the CLI know
 * the names without loading the adapters; tests/utils/sites/site-lists.test.ts keeps it equal to
 * the adapters, and docs/site-lists.md is generated from it (`npm run pack -- site-lists`).
 *
 * Bump a client's `adapterVersion` (in its adapter file and here) when a list's name or meaning
 * changes: overrides written for the older version are then ignored, not misapplied. Adding a
 * list, or adding alternatives to a list, changes neither and needs no bump.
 */
export const CLIENT_SELECTOR_LISTS = {
  pinduoduo: {
    adapterVersion: 1,
    lists: [
      'messageList', 'message', 'buyer', 'agent', 'system', 'body', 'skip', 'productCard', 'productCardTitle', 'orderCard',
      'orderCardTitle', 'cardSku', 'productPanel', 'productPanelTitle', 'inlineEmoji', 'headerName', 'buyerUid',
      'activeConversation', 'conversationName', 'input', 'sendButton', 'conversationRow', 'conversationSkip',
      'conversationTime', 'conversationGroup', 'waitingGroup', 'waitingMarker', 'unreadBadge', 'conversationClick',
    ],
  },
  feige: {
    adapterVersion: 1,
    lists: [
      'messageList', 'message', 'bubble', 'agentBubble', 'buyerBubble', 'directionRow', 'system', 'body', 'skip',
      'productCard', 'productCardTitle', 'orderCard', 'orderCardTitle', 'cardSku', 'productPanel', 'productPanelTitle',
      'inlineEmoji', 'messageId', 'header', 'activeConversationName', 'input', 'sendButton', 'conversationRow',
      'conversationSkip', 'conversationName', 'conversationTime', 'conversationGroup', 'waitingGroup', 'waitingMarker',
      'unreadBadge', 'activeConversation', 'conversationClick',
    ],
  },
  kuaishou: {
    adapterVersion: 1,
    lists: [
      'messageList', 'message', 'system', 'buyer', 'agent', 'body', 'skip', 'productCard', 'productCardTitle', 'orderCard',
      'orderCardTitle', 'cardSku', 'productPanel', 'productPanelTitle', 'inlineEmoji', 'customerIdHolder',
      'activeSessionName', 'buyerNickOnMessage', 'input', 'sendButton', 'conversationRow', 'conversationSkip',
      'conversationName', 'conversationTime', 'conversationGroup', 'waitingGroup', 'waitingMarker', 'unreadBadge',
      'activeConversation', 'conversationClick',
    ],
  },
  'jd-dongdong': {
    adapterVersion: 1,
    lists: [
      'messageList', 'message', 'system', 'buyer', 'agent', 'side', 'body', 'skip', 'productCard', 'productCardTitle',
      'orderCard', 'orderCardTitle', 'cardSku', 'productPanel', 'productPanelTitle', 'inlineEmoji', 'headerName',
      'activeContact', 'input', 'sendButton', 'conversationRow', 'conversationSkip', 'conversationName', 'conversationTime',
      'conversationGroup', 'waitingGroup', 'waitingMarker', 'unreadBadge', 'activeConversation', 'conversationClick',
    ],
  },
  qianniu: {
    adapterVersion: 1,
    lists: [
      'messageList', 'message', 'buyer', 'agent', 'system', 'body', 'skip', 'productCard', 'productCardTitle', 'orderCard',
      'orderCardTitle', 'cardSku', 'productPanel', 'productPanelTitle', 'inlineEmoji', 'headerName', 'input', 'sendButton',
      'conversationRow', 'conversationSkip', 'conversationName', 'conversationTime', 'conversationGroup', 'waitingGroup',
      'waitingMarker', 'unreadBadge', 'activeConversation', 'conversationClick',
    ],
  },
} as const satisfies Record<string, { adapterVersion: number; lists: readonly string[] }>;

export type OverridableClient = keyof typeof CLIENT_SELECTOR_LISTS;
export const OVERRIDABLE_CLIENTS = Object.keys(CLIENT_SELECTOR_LISTS) as OverridableClient[];

export function isOverridableClient(id: string): id is OverridableClient {
  return Object.hasOwn(CLIENT_SELECTOR_LISTS, id);
}

/** The list names `client` publishes; none for a client without an adapter of its own. */
export function publishedListNames(client: string): readonly string[] {
  return isOverridableClient(client) ? CLIENT_SELECTOR_LISTS[client].lists : [];
}

/** The built-in adapter's version for `client` (undefined for a client without one). */
export function builtInAdapterVersion(client: string): number | undefined {
  return isOverridableClient(client) ? CLIENT_SELECTOR_LISTS[client].adapterVersion : undefined;
}
