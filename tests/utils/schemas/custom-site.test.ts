// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { customSiteSchema, customSitesSchema } from '../../../utils/schemas/custom-site';
import { customSiteSchema as packSiteSchema } from '../../../utils/schemas/pack';
import { OUR_DESK_SITE } from '../../fixtures/custom-sites/our-desk-site';

function errorsFor(input: unknown): string {
  const parsed = customSiteSchema.safeParse(input);
  return parsed.success ? '' : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('a lead describing a custom site', () => {
  it('accepts a complete site, and the same site fits a pack’s `sites` list', () => {
    expect(customSiteSchema.parse(OUR_DESK_SITE)).toEqual(OUR_DESK_SITE);
    expect(packSiteSchema.safeParse(OUR_DESK_SITE).success).toBe(true);
  });

  it.each([
    ['http://desk.our-shop.example/*', 'https'],
    ['https://*/*', '不能是所有网站'],
    ['<all_urls>', 'https://im.example.com/*'],
    ['*://*/*', 'https://im.example.com/*'],
    ['https:///chat/*', 'https://im.example.com/*'],
    ['https://desk.our-shop.example', 'https://im.example.com/*'],
    ['https://mms.pinduoduo.com/*', '已内置支持'],
    ['https://*.jd.com/*', '已内置支持'],
  ])('refuses the URL pattern %s and says what a good one looks like', (pattern, hint) => {
    const errors = errorsFor({ ...OUR_DESK_SITE, matches: [pattern] });
    expect(errors).toMatch(/^matches\.0: /);
    expect(errors).toContain(hint);
  });

  it.each([['div[class='], ['.msg::'], ['>>> .x'], ['<b>']])('refuses the selector %s as not valid CSS, with an example', (selector) => {
    const errors = errorsFor({ ...OUR_DESK_SITE, selectors: { ...OUR_DESK_SITE.selectors, buyerMessage: selector } });
    expect(errors).toMatch(/^selectors\.buyerMessage: /);
    expect(errors).toContain('.msg.left');
  });

  it('requires the message list, message, buyer and agent rules, input and send button; the rest is optional', () => {
    const { messageList, message, buyerMessage, agentMessage, input, sendButton } = OUR_DESK_SITE.selectors;
    const minimal = { messageList, message, buyerMessage, agentMessage, input, sendButton };
    expect(customSiteSchema.safeParse({ ...OUR_DESK_SITE, selectors: minimal }).success).toBe(true);
    expect(errorsFor({ ...OUR_DESK_SITE, selectors: { ...minimal, input: '  ' } })).toContain('selectors.input: 请填写 CSS 选择器');
  });

  it('keeps site ids unique in the stored list', () => {
    const parsed = customSitesSchema.safeParse([OUR_DESK_SITE, OUR_DESK_SITE]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('our-desk');
  });
});
