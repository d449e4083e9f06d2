import { z } from 'zod';

export const uiLanguageSchema = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const settingsSchema = z.object({
  language: uiLanguageSchema.default('zh-CN'),
  /** Fills {客服名}. */
  agentName: z.string().trim().max(40).default(''),
  /** Fills {店铺名}. */
  shopName: z.string().trim().max(60).default(''),
  suggestionCount: z.number().int().min(1).max(10).default(5),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({}));
