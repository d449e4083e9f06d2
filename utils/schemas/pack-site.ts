import { z } from 'zod/mini';

// Its own module: chat pages parse custom sites (custom-site.ts builds on these) and nothing
// else of a pack; installed-pack.ts re-exports them.

/**
 * A seller chat client the stock adapters do not know, added by the lead: where it runs and
 * the CSS selectors that find its parts. Kept opaque here (a name → selector map the generic
 * adapter reads); only the shape and sizes are checked, the page decides whether they match.
 */
export const matchPatternSchema = z.string().check(
  z.maxLength(300),
  z.regex(/^https:\/\/(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d{1,5})?\/[^\s<>"']*$/, {
    error: '网址规则形如 "https://im.example.com/*"（只支持 https） / URL pattern like "https://im.example.com/*" (https only)',
  }),
);

const selectorNameSchema = z.string().check(
  z.regex(/^[a-z][a-zA-Z0-9]{0,39}$/, {
    error: '选择器名称用小写字母开头的英文，例如 "input" 或 "messageList" / selector name, e.g. "input" or "messageList"',
  }),
);
const cssSelectorSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(500),
    z.regex(/^[^<>\u0000-\u001f]+$/, { error: 'CSS 选择器不能含 < > 或控制字符，例如 "div.chat-input textarea" / CSS selector without < > or control characters' }),
  );

export const customSiteSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: '站点 id 例如 "my-shop-im" / site id, e.g. "my-shop-im"' })),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  matches: z.array(matchPatternSchema).check(z.minLength(1), z.maxLength(10)),
  selectors: z
    .record(selectorNameSchema, cssSelectorSchema)
    .check(z.refine((selectors) => Object.keys(selectors).length <= 30, { error: '每个站点最多 30 个选择器 / at most 30 selectors per site' })),
});
export type CustomSite = z.infer<typeof customSiteSchema>;
