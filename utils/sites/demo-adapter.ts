import type { ThreadProduct } from '../schemas/chat-product';
import type { Thread } from '../schemas/thread';
import { buildThread, type RawMessage } from './build-thread';
import { itemIdFromAttribute } from './item-id';
import { chooseThreadProduct, productFromMessageText } from './thread-product';
import type { ChatBuyer, PageLocation, SiteAdapter } from './site-adapter';

/**
 * The extension's own practice chat (entrypoints/demo/, an extension page). Its markup is a
 * contract shared by the demo page (renders it), this adapter (reads it) and the end-to-end
 * tests (drive it); every selector below is part of that contract, none is a guess.
 */

/** Where the demo page lives inside the extension. */
export const DEMO_PAGE_PATH = '/demo.html';
const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

const DEMO = {
  /** The selected conversation in the left list; `data-conv-id` names the scenario. */
  activeConversation: '.conv-item.conv-item--active[data-conv-id]',
  /** The chat header: the buyer's nickname as text, their id in `data-buyer-id`. */
  buyerName: '.chat-header__name',
  /** The message list of the open conversation. */
  messageList: 'ol.msg-list',
  /** One message; its speaker is its modifier class, its id `data-msg-id`. */
  message: 'li.msg',
  buyerMessage: 'msg--buyer',
  agentMessage: 'msg--agent',
  systemMessage: 'msg--system',
  /** What the message says. */
  messageText: '.msg__text',
  /** The reply box (a plain textarea). */
  input: 'textarea#demo-reply-input',
  /** 发送; appends the agent's message. Read only, never clicked by the extension. */
  sendButton: 'button#demo-send',
  /**
   * What the conversation is about. A message's product card carries `data-product-title`
   * (optional `data-item-id`, `data-sku`); a card written only as text, `[商品卡片: 标题]`, counts
   * too. The header's product (`.chat-header__product`, same attributes) is the panel: it names
   * the product when no message shows a card.
   */
  productCard: '[data-product-title]',
  headerProduct: '.chat-header__product[data-product-title]',
} as const;

function roleOf(message: Element): RawMessage['role'] | null {
  if (message.classList.contains(DEMO.buyerMessage)) return 'buyer';
  if (message.classList.contains(DEMO.agentMessage)) return 'agent';
  if (message.classList.contains(DEMO.systemMessage)) return 'system';
  return null;
}

function findMessageList(doc: Document): Element | null {
  return doc.querySelector(DEMO.messageList);
}

function currentBuyer(doc: Document): ChatBuyer | null {
  const header = doc.querySelector(DEMO.buyerName);
  if (!header) return null;
  const buyer: ChatBuyer = {};
  const nickname = header.textContent?.trim();
  if (nickname) buyer.nickname = nickname;
  const id = header.getAttribute('data-buyer-id');
  if (id) buyer.id = id;
  return buyer.id || buyer.nickname ? buyer : null;
}

function productOfElement(element: Element | null): ThreadProduct | null {
  const title = element?.getAttribute('data-product-title')?.trim() ?? '';
  if (!element || !title) return null;
  const product: ThreadProduct = { title };
  const itemId = itemIdFromAttribute(element.getAttribute('data-item-id'));
  const sku = element.getAttribute('data-sku')?.trim();
  if (itemId) product.itemId = itemId;
  if (sku) product.sku = sku;
  return product;
}

function readThread(doc: Document): Thread | null {
  const list = findMessageList(doc);
  if (!list) return null;
  const messages: RawMessage[] = [];
  let card: ThreadProduct | null = null;
  for (const message of list.querySelectorAll(DEMO.message)) {
    const role = roleOf(message);
    if (!role) continue;
    const text = message.querySelector(DEMO.messageText)?.textContent ?? '';
    messages.push({ role, text, id: message.getAttribute('data-msg-id') });
    card = productOfElement(message.querySelector(DEMO.productCard)) ?? productFromMessageText([text]) ?? card;
  }
  return buildThread({
    site: demoAdapter.id,
    conversationId: doc.querySelector(DEMO.activeConversation)?.getAttribute('data-conv-id'),
    buyer: currentBuyer(doc),
    messages,
    product: chooseThreadProduct(card, productOfElement(doc.querySelector(DEMO.headerProduct))),
  });
}

export const demoAdapter: SiteAdapter = {
  id: 'demo',
  matches: (location: PageLocation) => EXTENSION_PROTOCOLS.has(location.protocol) && location.pathname === DEMO_PAGE_PATH,
  findMessageList,
  readThread,
  findInput: (doc) => doc.querySelector<HTMLTextAreaElement>(DEMO.input),
  findSendButton: (doc) => doc.querySelector<HTMLButtonElement>(DEMO.sendButton),
  currentBuyer,
};
