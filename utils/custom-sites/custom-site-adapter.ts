import type { MessageRole } from '../schemas/thread';
import type { CustomSite } from '../schemas/custom-site';
import { buyerFrom, defineSiteAdapter, textOf } from '../sites/define-site-adapter';
import { holdsAny } from '../sites/selector-alternatives';
import type { SiteAdapter } from '../sites/site-adapter';

/** Site ids of custom sites in `Thread.site`, kept apart from the stock clients' ids. */
export const CUSTOM_SITE_ID_PREFIX = 'custom:';

/**
 * When the lead gives no text selector the whole row is read; these leave out the chrome most
 * chat clients put in a row (avatars, nicknames, times) and read product cards and emoji as
 * the stock adapters do.
 */
const ROW_CHROME = {
  skip: ['[class*="avatar" i], [class*="nick" i], [class*="time" i], [class*="read-status" i]'],
  productCard: ['[class*="goods" i], [class*="product" i]'],
  productCardTitle: ['[class*="title" i], [class*="name" i]'],
  inlineEmoji: ['[class*="emoji" i], [class*="emoticon" i]'],
} as const;

/**
 * A `SiteAdapter` driven by a lead's custom site: the same reading as the stock clients
 * (define-site-adapter.ts), with the lead's one selector per part. A row's role is the first
 * rule it (or something inside it) matches, system before agent before buyer: a notice styled
 * like a buyer bubble is still a notice, and a row matching none is "unknown", which makes the
 * reading untrusted rather than wrong.
 */
export function customSiteAdapter(site: CustomSite): SiteAdapter {
  const { selectors } = site;
  const roleRules: [MessageRole, string | undefined][] = [
    ['system', selectors.systemMessage],
    ['agent', selectors.agentMessage],
    ['buyer', selectors.buyerMessage],
  ];
  return defineSiteAdapter({
    // Thread.site holds at most 40 characters.
    id: `${CUSTOM_SITE_ID_PREFIX}${site.id}`.slice(0, 40),
    matchPatterns: site.matches,
    selectors: {
      messageList: [selectors.messageList],
      message: [selectors.message],
      body: selectors.text ? [selectors.text] : [],
      ...ROW_CHROME,
      input: [selectors.input],
      sendButton: [selectors.sendButton],
    },
    roleOf(row) {
      for (const [role, selector] of roleRules) if (selector && holdsAny(row, [selector])) return role;
      return null;
    },
    messageIdOf: (row) => row.getAttribute('data-msg-id') ?? row.getAttribute('data-message-id') ?? row.getAttribute('data-id'),
    currentBuyer: (doc) => (selectors.buyerName ? buyerFrom(null, textOf(doc.querySelector(selectors.buyerName))) : null),
  });
}
