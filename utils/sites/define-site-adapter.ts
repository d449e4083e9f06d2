import { isInsideExtensionUi } from './extension-ui';
import { findConversationRow, readConversationList, type ConversationListRules, type ConversationListSelectors, type ConversationListSource } from './conversation-list';
import type { MessageRole, Thread } from '../schemas/thread';
import { buildThread, cleanMessageText, type RawMessage } from './build-thread';
import { readMessageContent, type MessageContentSelectors } from './message-content';
import { allMatches, eitherOf, firstMatch, type SelectorAlternatives } from './selector-alternatives';
import type { ChatBuyer, PageLocation, SiteAdapter } from './site-adapter';
import { findProductPanel, readThreadProduct, type ProductSelectors } from './thread-product';
import { matchesAnyPattern } from './url-match';

/**
 * Every selector a client needs, as ordered alternatives (see selector-alternatives.ts). A site
 * file keeps one object of these (plus its own extras, such as the marks of each speaker).
 */
export interface SiteSelectors extends ProductSelectors, Partial<ConversationListSelectors> {
  /** The open conversation's message container. */
  messageList: SelectorAlternatives;
  /** One message row, looked for inside the list. */
  message: SelectorAlternatives;
  /** The part of a row that holds what was said; the whole row when none matches. */
  body: SelectorAlternatives;
  /** Chrome inside a row: avatars, nicknames, times, read marks, robot labels. */
  skip: SelectorAlternatives;
  // productCard / productCardTitle (read as `[商品卡片: 标题]`), order cards and the product panel:
  // see ProductSelectors (thread-product.ts); they name the thread's `product`.
  /** Images standing for words (emoji with alt text), not photos. */
  inlineEmoji: SelectorAlternatives;
  input: SelectorAlternatives;
  /** Only to know where it is; nothing ever clicks it. */
  sendButton: SelectorAlternatives;
  // conversationRow, conversationName, waitingGroup, unreadBadge …: the conversation list, for the
  // waiting queue (conversation-list.ts); a client whose list is unknown leaves them out.
}

/** A site file's selector object with each list widened to any alternatives (a pack may replace any of them). */
export type SelectorLists<T> = { readonly [K in keyof T]: SelectorAlternatives };

/**
 * A seller chat client described as data plus the few functions its page needs. Each function
 * is handed the spec's selector object and reads its lists from there, never from the site
 * file's constant: a list a pack replaces (withSelectorLists) then takes effect everywhere.
 */
export interface SiteSpec<S extends SiteSelectors = SiteSelectors> {
  /** Written into `Thread.site`; also what the popup names. */
  id: string;
  /** The manifest match patterns (utils/schemas/client-match-patterns.ts) this client's pages live under. */
  matchPatterns: readonly string[];
  selectors: S;
  /** Who sent a row; `null` when the row does not say (it then counts against the reading). */
  roleOf(row: Element, selectors: S): MessageRole | null;
  /** The page's own id for the message, for duplicate suppression. */
  messageIdOf(row: Element, selectors: S): string | null;
  currentBuyer(doc: Document, selectors: S): ChatBuyer | null;
  /** Which conversation is open; defaults to the buyer's id, else their nickname. */
  conversationIdOf?(doc: Document, buyer: ChatBuyer | null, selectors: S): string | null;
  /** What reading the conversation list needs beyond `selectors` (conversation-list.ts). */
  conversationList?: ConversationListRules;
}

/**
 * The spec with some of its named lists replaced (a pack's selector override): every function
 * of the spec then reads the replacements. Names the spec does not have are left out.
 */
export function withSelectorLists<S extends SiteSelectors>(spec: SiteSpec<S>, lists: Readonly<Record<string, SelectorAlternatives>>): SiteSpec<S> {
  const known = Object.entries(lists).filter(([name]) => Object.hasOwn(spec.selectors, name));
  if (known.length === 0) return spec;
  return { ...spec, selectors: { ...spec.selectors, ...Object.fromEntries(known) } };
}

/** The trimmed, whitespace-collapsed text of an element (nicknames, markers). */
export function textOf(element: Element | null | undefined): string {
  return cleanMessageText(element?.textContent ?? '');
}

function contentSelectorsOf(selectors: SiteSelectors): MessageContentSelectors {
  return {
    skip: eitherOf(selectors.skip),
    productCard: eitherOf(selectors.productCard),
    productCardTitle: eitherOf(selectors.productCardTitle),
    inlineEmoji: eitherOf(selectors.inlineEmoji),
  };
}

function isInsideAnother(row: Element, rows: ReadonlySet<Element>, list: Element): boolean {
  for (let parent = row.parentElement; parent && parent !== list; parent = parent.parentElement) {
    if (rows.has(parent)) return true;
  }
  return false;
}

/**
 * Builds a read-only `SiteAdapter` from a site's description. A reading is believed only when
 * the rows that say who spoke outnumber those that do not: a client that renamed its classes
 * then reads as "nothing found" (and the generic fallback gets its turn) rather than as a thread
 * with holes that would drive wrong suggestions.
 */
export function defineSiteAdapter<S extends SiteSelectors>(spec: SiteSpec<S>): SiteAdapter {
  const contentSelectors = contentSelectorsOf(spec.selectors);

  function findMessageList(doc: Document): Element | null {
    const list = firstMatch(doc, spec.selectors.messageList);
    return list && !isInsideExtensionUi(list) ? list : null;
  }

  function readRow(row: Element): string {
    const body = firstMatch(row, spec.selectors.body) ?? row;
    return readMessageContent(body, contentSelectors);
  }

  function readThread(doc: Document): Thread | null {
    const list = findMessageList(doc);
    if (!list) return null;
    const messages: RawMessage[] = [];
    let unknown = 0;
    const rows = allMatches(list, spec.selectors.message);
    const rowSet = new Set(rows);
    for (const row of rows) {
      // A loose alternative (`[class*="chatItem"]`) also matches parts of a row: read the row once.
      if (isInsideExtensionUi(row) || isInsideAnother(row, rowSet, list)) continue;
      const text = readRow(row);
      if (!text) continue;
      const role = spec.roleOf(row, spec.selectors);
      if (role === null) {
        unknown += 1;
        continue;
      }
      messages.push({ role, text, id: spec.messageIdOf(row, spec.selectors) });
    }
    if (unknown > 0 && unknown >= messages.length) return null;
    const buyer = spec.currentBuyer(doc, spec.selectors);
    const conversationId = spec.conversationIdOf ? spec.conversationIdOf(doc, buyer, spec.selectors) : (buyer?.id ?? buyer?.nickname);
    const product = readThreadProduct(doc, list, spec.selectors);
    return buildThread({ site: spec.id, conversationId, buyer, messages, product });
  }

  function findHtmlElement(doc: Document, alternatives: SelectorAlternatives): HTMLElement | null {
    const found = firstMatch(doc, alternatives);
    const view = doc.defaultView;
    return found && view && found instanceof view.HTMLElement && !isInsideExtensionUi(found) ? found : null;
  }

  const adapter: SiteAdapter = {
    id: spec.id,
    matches: (location: PageLocation) => matchesAnyPattern(spec.matchPatterns, location),
    findMessageList,
    readThread,
    findInput: (doc) => findHtmlElement(doc, spec.selectors.input),
    findSendButton: (doc) => findHtmlElement(doc, spec.selectors.sendButton),
    currentBuyer: (doc) => spec.currentBuyer(doc, spec.selectors),
  };
  if (spec.selectors.productPanel?.length) adapter.findProductPanel = (doc) => findProductPanel(doc, findMessageList(doc), spec.selectors);
  // Only a client whose list is described reads one; the others report the open conversation alone.
  if (spec.selectors.conversationRow?.length) {
    const listSource: ConversationListSource = { selectors: spec.selectors, rules: spec.conversationList, currentBuyer: adapter.currentBuyer };
    adapter.readConversationList = (doc) => readConversationList(doc, listSource);
    adapter.findConversationRow = (doc, key) => findConversationRow(doc, listSource, key);
  }
  return adapter;
}

/** A buyer from what the page shows, or `null` when it shows neither an id nor a name. */
export function buyerFrom(id: string | null | undefined, nickname: string | null | undefined): ChatBuyer | null {
  const buyer: ChatBuyer = {};
  if (id?.trim()) buyer.id = id.trim();
  if (nickname?.trim()) buyer.nickname = cleanMessageText(nickname);
  return buyer.id || buyer.nickname ? buyer : null;
}
