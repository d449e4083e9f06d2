import { z } from 'zod/mini';
import { categoryIdSchema } from './category';
import { unknownKeysError } from './strict';

/**
 * Topics: the second level under a category (售后 › 退款进度与到账). A topic id is its category id,
 * a dot and a name: `after-sales.refund-progress`. Phrases without a topic stand in their
 * category's general topic. The built-in topics (built-in-topics.ts) are known everywhere; a pack
 * may declare more under any category.
 */
export const topicIdSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]{0,39}\.[a-z0-9][a-z0-9-]{0,39}$/, {
    error: '子类 id 是分类 id、一个点和子类名，例如 "after-sales.refund-progress" / topic id: category id, a dot and a name, e.g. "after-sales.refund-progress"',
  }),
);

export const topicSchema = z
  .strictObject(
    {
      id: topicIdSchema,
      category: categoryIdSchema,
      labels: z.strictObject(
        {
          'zh-CN': z.string().check(z.trim(), z.minLength(1, { error: '子类需要中文名称，例如 "退款进度" / a Chinese label is required, e.g. "退款进度"' }), z.maxLength(40)),
          en: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
        },
        { error: unknownKeysError },
      ),
    },
    { error: unknownKeysError },
  )
  .check(
    z.refine((topic) => topic.id.startsWith(`${topic.category}.`), {
      error: '子类 id 要以它的分类 id 开头，例如分类 "shipping" 的子类 "shipping.tracking" / a topic id starts with its category id',
      path: ['id'],
    }),
  );
export type Topic = z.infer<typeof topicSchema>;

/** A topic as the library keeps it: read leniently, so a record from a newer build still loads. */
export const storedTopicLabelsSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1), z.maxLength(40)),
  en: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
});
export type TopicLabels = z.infer<typeof storedTopicLabelsSchema>;

export const storedTopicSchema = z.object({
  id: topicIdSchema,
  category: categoryIdSchema,
  labels: storedTopicLabelsSchema,
});

/** The topic a phrase without one stands in: its category's general topic. */
export function generalTopicOf(category: string): string {
  return `${category}.general`;
}
