import { cleanMessageText } from './build-thread';

/**
 * How to read one message bubble: which parts are chrome (avatar, nickname, time, read
 * receipts) and which are content the engine should see in words.
 */
export interface MessageContentSelectors {
  /** Parts of a row that are not what was said. */
  skip: string;
  /** A product card; read as `[商品卡片: 标题]`. */
  productCard: string;
  /** The card's title inside a product card. */
  productCardTitle: string;
  /** Images that stand for words (emoji, stickers with alt text) rather than photos. */
  inlineEmoji: string;
}

export const IMAGE_PLACEHOLDER = '[图片]';
export function productCardPlaceholder(title: string): string {
  return title ? `[商品卡片: ${title}]` : '[商品卡片]';
}

/** A card's title as read into the thread; titles longer than this are cut. */
export const TITLE_MAX = 100;
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul',
]);
/** Never read: not visible text. */
const INVISIBLE = 'script, style, template, noscript, [hidden], [aria-hidden="true"]';

/** A card's title: its marked title, else its `title` attribute, else its first line of text. */
export function cardTitle(card: Element, selectors: Pick<MessageContentSelectors, 'productCardTitle'>): string {
  const titled = card.querySelector(selectors.productCardTitle);
  const fromTitle = cleanMessageText(titled?.textContent ?? '');
  if (fromTitle) return fromTitle.slice(0, TITLE_MAX);
  const attribute = card.getAttribute('title') ?? card.querySelector('[title]')?.getAttribute('title') ?? '';
  if (attribute.trim()) return cleanMessageText(attribute).slice(0, TITLE_MAX);
  // No marked title: the card's first line of text is its title on every client seen so far.
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = cleanMessageText(node.textContent ?? '');
    if (text) return text.slice(0, TITLE_MAX);
  }
  return '';
}

function readInto(parts: string[], node: Node, selectors: MessageContentSelectors): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      parts.push(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = child as Element;
    if (element.matches(INVISIBLE) || element.matches(selectors.skip)) continue;
    if (element.matches(selectors.productCard)) {
      parts.push(` ${productCardPlaceholder(cardTitle(element, selectors))} `);
      continue;
    }
    const tag = element.tagName.toLowerCase();
    if (tag === 'img') {
      const alt = element.getAttribute('alt')?.trim() ?? '';
      parts.push(element.matches(selectors.inlineEmoji) && alt ? alt : ` ${IMAGE_PLACEHOLDER} `);
      continue;
    }
    if (tag === 'br') {
      parts.push(' ');
      continue;
    }
    // Block boundaries are word boundaries (two <p> must not glue their sentences); inline
    // elements are not (a highlighted word inside a Chinese sentence gets no spaces).
    const boundary = BLOCK_TAGS.has(tag) ? ' ' : '';
    parts.push(boundary);
    readInto(parts, element, selectors);
    parts.push(boundary);
  }
}

/** The words of a message row: its text, with images as `[图片]` and product cards as `[商品卡片: 标题]`. */
export function readMessageContent(row: Element, selectors: MessageContentSelectors): string {
  const parts: string[] = [];
  readInto(parts, row, selectors);
  return cleanMessageText(parts.join(''));
}
