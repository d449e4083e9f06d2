import { z } from 'zod';
import { BUILT_IN_CATEGORY_IDS, categorySchema } from './category';
import { packPhraseSchema } from './phrase';

export const packIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
  error: '话术包 id 只能用小写字母、数字、点、下划线和连字符，例如 "default-zh" / pack id: lowercase letters, digits, ".", "_", "-", e.g. "default-zh"',
});

export const packVersionSchema = z.string().regex(/^\d+(\.\d+){0,3}$/, {
  error: '版本号由数字和点组成，例如 "1.2.0" 或 "2026.11.23" / version: digits and dots, e.g. "1.2.0"',
});

/** Pack file format 1. A later format must keep reading this one. */
export const packSchema = z
  .object({
    format: z.literal(1, { error: 'format 必须是 1，例如 "format": 1 / "format" must be 1' }),
    id: packIdSchema,
    name: z.string().trim().min(1).max(80),
    version: packVersionSchema,
    author: z.string().trim().min(1).max(80),
    description: z.string().max(2000).optional(),
    language: z.enum(['zh-CN', 'en']).default('zh-CN'),
    categories: z.array(categorySchema).default([]),
    phrases: z.array(packPhraseSchema),
  })
  .superRefine((pack, ctx) => {
    const known = new Set<string>([...BUILT_IN_CATEGORY_IDS, ...pack.categories.map((c) => c.id)]);
    const seen = new Set<string>();
    pack.phrases.forEach((phrase, index) => {
      if (seen.has(phrase.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', index, 'id'],
          message: `话术 id "${phrase.id}" 重复；每条话术的 id 在包内必须唯一，例如 "greeting-002" / duplicate phrase id`,
        });
      }
      seen.add(phrase.id);
      if (!known.has(phrase.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', index, 'category'],
          message: `分类 "${phrase.category}" 既不是内置分类，也没有在包的 categories 里声明；请先声明，例如 {"id":"${phrase.category}","labels":{"zh-CN":"…"}} / unknown category`,
        });
      }
    });
  });
export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;

/** What the library remembers about an installed pack (its phrases live in the phrases table). */
export const installedPackSchema = z.object({
  id: packIdSchema,
  name: z.string(),
  version: packVersionSchema,
  author: z.string(),
  description: z.string().optional(),
  language: z.enum(['zh-CN', 'en']),
  installedAt: z.number(),
});
export type InstalledPack = z.infer<typeof installedPackSchema>;
