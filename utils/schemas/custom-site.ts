import { z } from 'zod/mini';
import { CLIENT_MATCH_PATTERNS } from './client-match-patterns';
import { hasValidSelectorSyntax } from './css-selector-syntax';
import { customSiteSchema as packSiteSchema, matchPatternSchema } from './pack-site';

/**
 * A seller chat client the stock adapters do not know, added by a team lead on the options
 * page: the pages it lives on and the CSS selectors that find its parts. Same shape as a pack's
 * `sites` entry (utils/schemas/pack-site.ts), with the selector names fixed, so a stored site can be
 * put into a pack as it is and a pack's site read back here.
 */

/** Every site-wide pattern a browser would read as "all sites". */
const EVERY_HOST = /^https:\/\/\*(:\d+)?\//;

function hostOf(pattern: string): string {
  return /^https:\/\/([^/:]+)/.exec(pattern)?.[1] ?? '';
}

const CLIENT_HOSTS = CLIENT_MATCH_PATTERNS.map(hostOf);

/**
 * Whether the pattern reaches a stock client's pages: the content script already runs there,
 * and a second, registered copy would read and decorate the page twice.
 */
function overlapsStockClient(pattern: string): boolean {
  const host = hostOf(pattern);
  const domain = host.replace(/^\*\./, '');
  return CLIENT_HOSTS.some((client) => client === domain || (host.startsWith('*.') && client.endsWith(`.${domain}`)));
}

export const customSitePatternSchema = matchPatternSchema.check(
  z.refine((pattern) => !EVERY_HOST.test(pattern), {
    error: '网址规则必须写明网站域名，不能是所有网站；例如 "https://im.example.com/*" / the pattern must name a host, not every site, e.g. "https://im.example.com/*"',
  }),
  z.refine((pattern) => !overlapsStockClient(pattern), {
    error: '这个网站已内置支持，不需要添加；自定义站点请用其他域名，例如 "https://im.example.com/*" / this site is supported already; use another host, e.g. "https://im.example.com/*"',
  }),
);

/**
 * Whether the browser accepts `selector` in `querySelector`. Checked against an empty fragment
 * so nothing on any page is read; where there is no DOM (the service worker, the pack CLI) a
 * dependency-free syntax check stands in (css-selector-syntax.ts), and the page decides the rest.
 */
export function isValidCssSelector(selector: string): boolean {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return hasValidSelectorSyntax(selector);
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function cssSelector(example: string) {
  return z.string().check(
    z.trim(),
    z.minLength(1, { error: `请填写 CSS 选择器，例如 "${example}" / enter a CSS selector, e.g. "${example}"` }),
    z.maxLength(500, { error: 'CSS 选择器最长 500 个字符 / a CSS selector has at most 500 characters' }),
    z.refine((value) => !/[<>\u0000-\u001f]/.test(value), {
      error: `CSS 选择器不能含 < > 或控制字符，例如 "${example}" / no < > or control characters, e.g. "${example}"`,
    }),
    z.refine(isValidCssSelector, {
      error: `不是有效的 CSS 选择器（浏览器的 querySelector 不认），例如 "${example}" / not a valid CSS selector, e.g. "${example}"`,
    }),
  );
}

/** The parts of the page, each found by one selector; the examples are what the form shows. */
export const CUSTOM_SITE_SELECTOR_EXAMPLES = {
  messageList: '.chat-messages',
  message: '.msg',
  buyerMessage: '.msg.left',
  agentMessage: '.msg.right',
  systemMessage: '.msg.notice',
  text: '.msg-text',
  input: 'textarea.reply',
  sendButton: 'button.send',
  buyerName: '.chat-header .nick',
} as const;

export type CustomSiteSelectorName = keyof typeof CUSTOM_SITE_SELECTOR_EXAMPLES;

export const customSiteSelectorsSchema = z.object({
  /** The open conversation's message container. */
  messageList: cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.messageList),
  /** One message row, looked for inside the list. */
  message: cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.message),
  /** Role rules: a row (or something inside it) matching this was said by the buyer… */
  buyerMessage: cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.buyerMessage),
  /** …by the agent (robot replies included)… */
  agentMessage: cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.agentMessage),
  /** …or is a system notice. Optional: many clients show none. */
  systemMessage: z.optional(cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.systemMessage)),
  /** What was said, inside a row; the whole row when absent. */
  text: z.optional(cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.text)),
  input: cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.input),
  sendButton: cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.sendButton),
  buyerName: z.optional(cssSelector(CUSTOM_SITE_SELECTOR_EXAMPLES.buyerName)),
});
export type CustomSiteSelectors = z.infer<typeof customSiteSelectorsSchema>;

export const customSiteSchema = z.object({
  id: packSiteSchema.shape.id,
  name: z.string().check(z.trim(), z.minLength(1, { error: '请填写站点名称，例如 "自建客服系统" / enter a name, e.g. "Our chat desk"' }), z.maxLength(80)),
  matches: z.array(customSitePatternSchema).check(z.minLength(1), z.maxLength(10)),
  selectors: customSiteSelectorsSchema,
});
export type CustomSite = z.infer<typeof customSiteSchema>;

export const customSitesSchema = z.array(customSiteSchema).check(
  z.maxLength(50),
  z.superRefine((sites, ctx) => {
    const seen = new Set<string>();
    sites.forEach((site, index) => {
      if (seen.has(site.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `站点 id "${site.id}" 重复 / duplicate site id "${site.id}"` });
      }
      seen.add(site.id);
    });
  }),
);
