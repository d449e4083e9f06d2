import { z } from 'zod/mini';

export const uiLanguageSchema = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const settingsSchema = z.object({
  language: z._default(uiLanguageSchema, 'zh-CN'),
  /** Fills {客服名}. */
  agentName: z._default(z.string().check(z.trim(), z.maxLength(40)), ''),
  /** Fills {店铺名}. */
  shopName: z._default(z.string().check(z.trim(), z.maxLength(60)), ''),
  /**
   * Fills {店铺名} on one client instead, by the thread's site (adapter id, e.g. "pinduoduo"): an
   * agent answering for a 拼多多 shop and a 抖店 shop greets each buyer with the right name.
   * A client left out, or left empty, uses `shopName`.
   */
  shopNamesBySite: z._default(
    z.record(
      z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, { error: '平台 id 只能用小写字母、数字和连字符，例如 "pinduoduo" / site id: lowercase letters, digits and hyphens' })),
      z.string().check(z.trim(), z.maxLength(60, { error: '店铺名最多 60 个字，例如 "小米优品店" / a shop name has at most 60 characters' })),
    ),
    {},
  ),
  suggestionCount: z._default(z.number().check(z.int(), z.gte(1), z.lte(10)), 5),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({}));
