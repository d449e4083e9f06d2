import type { ThreadProduct } from '../schemas/chat-product';
import { cleanMessageText } from './build-thread';
import { isInsideExtensionUi } from './extension-ui';
import { itemIdOf } from './item-id';
import { cardTitle, TITLE_MAX } from './message-content';
import { allMatches, eitherOf, firstMatch, matchesAny, type SelectorAlternatives } from './selector-alternatives';

/**
 * Where a client shows the product a conversation is about. Cards are looked for in the message
 * list, the panel outside it (a panel selector matching a card in the thread is not the panel).
 */
export interface ProductSelectors {
  /** A product card in the thread (also read into the text as `[商品卡片: 标题]`). */
  productCard: SelectorAlternatives;
  productCardTitle: SelectorAlternatives;
  /** An order card in the thread: the item bought, often with its spec line. */
  orderCard?: SelectorAlternatives;
  orderCardTitle?: SelectorAlternatives;
  /** A card's spec line (规格, 颜色分类): the SKU. */
  cardSku?: SelectorAlternatives;
  /** The client's side panel naming the product the buyer is consulting (咨询商品 / 正在浏览). */
  productPanel?: SelectorAlternatives;
  productPanelTitle?: SelectorAlternatives;
  /** The panel's spec line; the cards' (`cardSku`) when not given. */
  productPanelSku?: SelectorAlternatives;
}

const SKU_MAX = 120;
/** Labels in front of a spec line ("规格：黑色 XL"); the SKU is what follows. */
const SKU_LABEL = /^(?:规格|颜色分类|商品规格|型号|款式|已选|sku)\s*[:：]\s*/i;
/** `[商品卡片: 标题]` as message-content.ts writes a card into the thread's text. */
const CARD_PLACEHOLDER = /\[商品卡片: ([^\]]+)\]/g;

function productOf(title: string, itemId: string | undefined, sku: string | undefined): ThreadProduct | null {
  const bounded = cleanMessageText(title).slice(0, TITLE_MAX);
  if (!bounded && !itemId) return null;
  const product: ThreadProduct = { title: bounded };
  if (itemId) product.itemId = itemId;
  if (sku) product.sku = sku;
  return product;
}

function skuIn(element: Element, alternatives: SelectorAlternatives | undefined): string | undefined {
  if (!alternatives?.length) return undefined;
  const line = cleanMessageText(firstMatch(element, alternatives)?.textContent ?? '').replace(SKU_LABEL, '');
  return line ? line.slice(0, SKU_MAX) : undefined;
}

/** The product a product or order card in the thread shows. */
export function productOfCard(card: Element, selectors: ProductSelectors): ThreadProduct | null {
  const isOrder = !!selectors.orderCard?.length && matchesAny(card, selectors.orderCard);
  const titleSelectors = isOrder && selectors.orderCardTitle?.length ? selectors.orderCardTitle : selectors.productCardTitle;
  return productOf(cardTitle(card, { productCardTitle: eitherOf(titleSelectors) }), itemIdOf(card), skuIn(card, selectors.cardSku));
}

/** `element` or its outermost ancestor inside `list` that also matches: the card, not a part of it. */
function outermostMatch(element: Element, selector: string, list: Element): Element {
  let outer = element;
  for (let up = element.parentElement?.closest(selector); up && up !== list && list.contains(up); up = up.parentElement?.closest(selector)) {
    outer = up;
  }
  return outer;
}

/**
 * The last product or order card in the message list: the latest one the conversation shows.
 * Loose alternatives (`[class*="GoodsCard"]`) also match a card's parts (`…GoodsCard-price`),
 * so the card is the outermost match around the last one, as the thread's text reads it.
 */
export function latestCardIn(list: Element, selectors: ProductSelectors): Element | null {
  const cardSelector = eitherOf([...selectors.productCard, ...(selectors.orderCard ?? [])]);
  if (!cardSelector) return null;
  const cards = list.querySelectorAll(cardSelector);
  for (let index = cards.length - 1; index >= 0; index -= 1) {
    const card = cards[index];
    if (card && !isInsideExtensionUi(card)) return outermostMatch(card, cardSelector, list);
  }
  return null;
}

/** The client's side panel naming a product, outside the message list, if the page shows one. */
export function findProductPanel(doc: Document, list: Element | null, selectors: ProductSelectors): Element | null {
  if (!selectors.productPanel?.length) return null;
  return allMatches(doc, selectors.productPanel).find((element) => !list?.contains(element) && !isInsideExtensionUi(element)) ?? null;
}

/** The product the client's side panel names, outside the message list. */
export function productOfPanel(doc: Document, list: Element | null, selectors: ProductSelectors): ThreadProduct | null {
  const panel = findProductPanel(doc, list, selectors);
  if (!panel) return null;
  const title = cardTitle(panel, { productCardTitle: eitherOf(selectors.productPanelTitle ?? selectors.productCardTitle) });
  return productOf(title, itemIdOf(panel), skuIn(panel, selectors.productPanelSku ?? selectors.cardSku));
}

function sameProduct(a: ThreadProduct, b: ThreadProduct): boolean {
  if (a.itemId && b.itemId) return a.itemId === b.itemId;
  return !!a.title && !!b.title && (a.title.includes(b.title) || b.title.includes(a.title));
}

/**
 * Which source names the conversation's product. The latest card in the thread wins over the
 * panel: a card is the buyer's (or the agent's) own statement in this conversation, and its
 * place in the thread dates it, so a card sent later always counts; the panel is only the
 * client's side view (on some clients the product the buyer came from, kept for the whole
 * session), and the panel selectors are the least certain ones of every adapter. The panel
 * names the product when the thread shows no card (the buyer came from the goods page and asked
 * straight away, or the card has scrolled out of the loaded history). When both name the same
 * product, the card's title stays and the panel fills in the item id or SKU the card lacks.
 */
export function chooseThreadProduct(card: ThreadProduct | null, panel: ThreadProduct | null): ThreadProduct | null {
  if (!card) return panel;
  if (!panel || !sameProduct(card, panel)) return card;
  const merged: ThreadProduct = { title: card.title || panel.title };
  const itemId = card.itemId ?? panel.itemId;
  const sku = card.sku ?? panel.sku;
  if (itemId) merged.itemId = itemId;
  if (sku) merged.sku = sku;
  return merged;
}

/**
 * The product the open conversation is about: its latest card, else the client's panel. A page
 * half-way through rendering (or a script that broke the DOM API) costs the product only, never
 * the thread read beside it: the messages still deserve suggestions.
 */
export function readThreadProduct(doc: Document, list: Element | null, selectors: ProductSelectors): ThreadProduct | null {
  try {
    const card = list ? latestCardIn(list, selectors) : null;
    return chooseThreadProduct(card ? productOfCard(card, selectors) : null, productOfPanel(doc, list, selectors));
  } catch {
    return null;
  }
}

/**
 * The latest `[商品卡片: 标题]` in messages' text, for pages whose cards reach the thread only as
 * text (the title is all such a card says).
 */
export function productFromMessageText(texts: readonly string[]): ThreadProduct | null {
  for (let index = texts.length - 1; index >= 0; index -= 1) {
    const titles = Array.from(texts[index]?.matchAll(CARD_PLACEHOLDER) ?? [], (match) => match[1] ?? '');
    const title = titles.at(-1)?.trim();
    if (title) return productOf(title, undefined, undefined);
  }
  return null;
}
