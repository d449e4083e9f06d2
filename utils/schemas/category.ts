import { z } from 'zod/mini';

/** The eight built-in reply categories; ids are stable and used by the evaluation files. */
export const BUILT_IN_CATEGORY_IDS = [
  'greeting',
  'product',
  'bargaining',
  'urging-payment',
  'shipping',
  'after-sales',
  'invoice',
  'farewell',
] as const;
export type BuiltInCategoryId = (typeof BUILT_IN_CATEGORY_IDS)[number];

export const categoryIdSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, {
    error: '分类 id 只能用小写字母、数字和连字符，最长 40 个字符，例如 "after-sales" / category id: lowercase letters, digits and hyphens, e.g. "after-sales"',
  }),
);

export const categorySchema = z.object({
  id: categoryIdSchema,
  labels: z.object({
    'zh-CN': z.string().check(z.trim(), z.minLength(1, { error: '分类需要中文名称，例如 "售后" / a Chinese label is required, e.g. "售后"' })),
    en: z.optional(z.string().check(z.trim(), z.minLength(1))),
  }),
});
export type Category = z.infer<typeof categorySchema>;

export const BUILT_IN_CATEGORIES: readonly Category[] = Object.freeze([
  { id: 'greeting', labels: { 'zh-CN': '问候', en: 'Greeting' } },
  { id: 'product', labels: { 'zh-CN': '商品咨询', en: 'Product questions' } },
  { id: 'bargaining', labels: { 'zh-CN': '议价', en: 'Bargaining' } },
  { id: 'urging-payment', labels: { 'zh-CN': '催付', en: 'Payment reminders' } },
  { id: 'shipping', labels: { 'zh-CN': '发货物流', en: 'Shipping' } },
  { id: 'after-sales', labels: { 'zh-CN': '售后', en: 'After-sales' } },
  { id: 'invoice', labels: { 'zh-CN': '发票', en: 'Invoices' } },
  { id: 'farewell', labels: { 'zh-CN': '告别', en: 'Farewell' } },
]);

/** Chinese spreadsheet labels that mean a built-in category (docs/design-notes.md, "Categories"). */
export const CHINESE_CATEGORY_LABELS: Readonly<Record<string, BuiltInCategoryId>> = Object.freeze({
  问候: 'greeting',
  商品: 'product',
  商品咨询: 'product',
  议价: 'bargaining',
  讨价还价: 'bargaining',
  催付: 'urging-payment',
  催单: 'urging-payment',
  发货: 'shipping',
  物流: 'shipping',
  发货物流: 'shipping',
  售后: 'after-sales',
  发票: 'invoice',
  告别: 'farewell',
  欢送: 'farewell',
});

export function isBuiltInCategoryId(id: string): id is BuiltInCategoryId {
  return (BUILT_IN_CATEGORY_IDS as readonly string[]).includes(id);
}
