import { z } from 'zod/mini';
import { thresholdSecondsSchema } from './waiting-queue';

export const uiLanguageSchema = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

const SHOP_NAME_TOO_LONG = '店铺名最多 60 个字，例如 "小米优品店" / a shop name has at most 60 characters, e.g. "Mi Select Store"';
const SUGGESTION_COUNT_RULE = '建议条数是 1 到 10 的整数，例如 5 / the number of suggestions is a whole number from 1 to 10, e.g. 5';

export const settingsSchema = z.object({
  language: z._default(uiLanguageSchema, 'zh-CN'),
  /** Fills {客服名}. */
  agentName: z._default(z.string().check(z.trim(), z.maxLength(40, { error: '客服名最多 40 个字，例如 "小美" / an agent name has at most 40 characters, e.g. "Amy"' })), ''),
  /** Fills {店铺名}. */
  shopName: z._default(z.string().check(z.trim(), z.maxLength(60, { error: SHOP_NAME_TOO_LONG })), ''),
  /**
   * Fills {店铺名} on one client instead, by the thread's site (adapter id, e.g. "pinduoduo"): an
   * agent answering for a 拼多多 shop and a 抖店 shop greets each buyer with the right name.
   * A client left out, or left empty, uses `shopName`.
   */
  shopNamesBySite: z._default(
    z.record(
      z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, { error: '平台 id 只能用小写字母、数字和连字符，例如 "pinduoduo" / site id: lowercase letters, digits and hyphens' })),
      z.string().check(z.trim(), z.maxLength(60, { error: SHOP_NAME_TOO_LONG })),
    ),
    {},
  ),
  suggestionCount: z._default(
    z.number({ error: SUGGESTION_COUNT_RULE }).check(z.int({ error: SUGGESTION_COUNT_RULE }), z.gte(1, { error: SUGGESTION_COUNT_RULE }), z.lte(10, { error: SUGGESTION_COUNT_RULE })),
    5,
  ),
  /**
   * The waiting queue's reply window per client (adapter id → seconds), over the defaults of
   * DEFAULT_WAIT_THRESHOLDS (waiting-queue.ts): a wait turns amber at 50 % and red at 80 %.
   */
  waitThresholdsBySite: z._default(
    z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, { error: '平台 id 只能用小写字母、数字和连字符，例如 "pinduoduo" / site id: lowercase letters, digits and hyphens' })), thresholdSecondsSchema),
    {},
  ),
  /** A sound when a buyer turns red; off unless the agent turns it on. */
  waitSound: z._default(z.boolean(), false),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({}));
