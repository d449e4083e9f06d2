import { z } from 'zod';
import { categoryIdSchema } from './category';
import { packPhraseSchema, phraseIdSchema } from './phrase';
import { PRODUCT_LIMITS, productNameSchema, productSchema } from './product';
import { topicIdSchema } from './topic';
import { siteOverrideSchema } from './site-override';
import { OVERRIDABLE_CLIENTS } from './site-lists';

/**
 * One change a team lead makes to the DRAFT of a team pack (never to the installed pack): the
 * draft is the installed pack with these changes applied in order, so "N unpublished changes"
 * and 撤销 (undo the last one) fall out of the list itself.
 */

/** A change names at most this many phrases: a batch over a whole 20,000-phrase pack still fits. */
export const DRAFT_BATCH_LIMIT = 20_000;
/** A draft keeps at most this many changes; publish (or undo) before making more. */
export const DRAFT_CHANGE_LIMIT = 2_000;

const phraseIdsSchema = z
  .array(phraseIdSchema)
  .min(1, { error: '至少选择一条话术，例如 ["greeting-001"] / choose at least one phrase, e.g. ["greeting-001"]' })
  .max(DRAFT_BATCH_LIMIT);

const productNamesSchema = z
  .array(productNameSchema)
  .min(1, { error: '至少选择一个商品，例如 ["儿童保温杯"] / choose at least one product, e.g. ["儿童保温杯"]' })
  .max(PRODUCT_LIMITS.products);

export const draftChangeSchema = z.discriminatedUnion(
  'kind',
  [
    /** New wording of one phrase: its text, buyer wordings or shortcut code. */
    z.strictObject({
      kind: z.literal('edit'),
      id: phraseIdSchema,
      text: z.optional(packPhraseSchema.shape.text),
      // The list without its default: an edit that leaves the buyer wordings out keeps them.
      triggers: z.optional(packPhraseSchema.shape.triggers.def.innerType),
      /** '' takes the code away. */
      shortcut: z.optional(z.union([packPhraseSchema.shape.shortcut.def.innerType, z.literal('')])),
    }),
    /** To another category, and a topic under it (absent: the category's general topic). */
    z.strictObject({ kind: z.literal('move'), ids: phraseIdsSchema, category: categoryIdSchema, topic: z.optional(topicIdSchema) }),
    /** 锁定 / 解锁: agents may not reword a locked phrase. */
    z.strictObject({ kind: z.literal('lock'), ids: phraseIdsSchema, locked: z.boolean() }),
    /** 等待回复: a holding reply (checking, asking for details), offered when the product's data has no answer. */
    z.strictObject({ kind: z.literal('holding'), ids: phraseIdsSchema, holding: z.boolean() }),
    z.strictObject({ kind: z.literal('delete'), ids: phraseIdsSchema }),
    /**
     * A product added (no `name`) or replaced whole (`name`: its name before the change). A new
     * name renames it, and the phrases scoped to it follow.
     */
    z.strictObject({ kind: z.literal('product-put'), name: z.optional(productNameSchema), product: productSchema }),
    /** Products removed, and taken out of phrases' scopes (refused while a phrase is scoped to them alone). */
    z.strictObject({ kind: z.literal('product-delete'), names: productNamesSchema }),
    /** The products phrases answer for; [] makes them answer for any product. */
    z.strictObject({
      kind: z.literal('scope'),
      ids: phraseIdsSchema,
      products: z.array(productNameSchema).max(PRODUCT_LIMITS.phraseProducts, {
        error: `一条话术最多适用 ${PRODUCT_LIMITS.phraseProducts} 个商品 / a phrase names at most ${PRODUCT_LIMITS.phraseProducts} products`,
      }),
    }),
    /** A client's selector override added, or put in place of the draft's override for that client. */
    z.strictObject({ kind: z.literal('override-put'), override: siteOverrideSchema }),
    /** The draft's selector override for this client taken out. */
    z.strictObject({ kind: z.literal('override-delete'), client: z.enum(OVERRIDABLE_CLIENTS) }),
  ],
  {
    error:
      '草稿修改的 kind 只能是 edit / move / lock / holding / delete / product-put / product-delete / scope / override-put / override-delete，例如 {"kind":"lock","ids":["greeting-001"],"locked":true} / a draft change is edit, move, lock, holding, delete, product-put, product-delete, scope, override-put or override-delete',
  },
);
export type DraftChange = z.infer<typeof draftChangeSchema>;
