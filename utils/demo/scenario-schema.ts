import { z } from 'zod';
import { categoryIdSchema } from '../schemas/category';

/**
 * A scripted buyer for the demo chat. Each turn is what the buyer (and the platform) sends
 * before waiting for the agent again; `expect` names the categories a good reply comes from,
 * best first, so practice mode can tell the agent whether the phrase they picked fits.
 */
/**
 * A product card the buyer sends, as the seller clients show one in the thread: the message's
 * `text` is the card's title (truncated and decorated, as platforms write them), with the
 * platform's item id and the SKU the buyer picked when the card shows them.
 */
export const demoProductCardSchema = z.object({
  itemId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: '商品 ID 是平台上的编号，例如 "586203941172" / an item id is the platform\'s number, e.g. "586203941172"' })
    .optional(),
  sku: z.string().trim().min(1).max(80).optional(),
});
export type DemoProductCard = z.infer<typeof demoProductCardSchema>;

export const demoScriptMessageSchema = z
  .object({
    role: z.enum(['buyer', 'system']),
    text: z.string().trim().min(1).max(300),
    /** Set: the message is a product card whose title is `text`. */
    card: demoProductCardSchema.optional(),
  })
  .refine((message) => message.card === undefined || message.role === 'buyer', {
    error: '商品卡片只能由买家发送，例如 {"role":"buyer","text":"儿童保温杯 400ml","card":{"itemId":"586203941172"}} / only a buyer sends a product card',
    path: ['card'],
  });
export type DemoScriptMessage = z.infer<typeof demoScriptMessageSchema>;

export const demoTurnSchema = z.object({
  messages: z
    .array(demoScriptMessageSchema)
    .min(1)
    .refine((messages) => messages.some((message) => message.role === 'buyer'), {
      error: '每一轮至少要有一句买家消息，例如 {"role":"buyer","text":"在吗"} / every turn needs a buyer message',
    }),
  expect: z.array(categoryIdSchema).min(1),
});
export type DemoTurn = z.infer<typeof demoTurnSchema>;

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, {
  error: 'id 只能用小写字母、数字和连字符，例如 "after-sales" / id: lowercase letters, digits and hyphens',
});

export const demoScenarioSchema = z.object({
  /** Also the conversation's `data-conv-id` on the demo page. */
  id: slugSchema,
  /** What the scenario trains, as the agent reads it in the list, e.g. "议价". */
  topic: z.string().trim().min(1).max(20),
  buyer: z.object({ id: slugSchema, nickname: z.string().trim().min(1).max(30) }),
  product: z.string().trim().min(1).max(40),
  turns: z.array(demoTurnSchema).min(2).max(4),
});
export type DemoScenario = z.infer<typeof demoScenarioSchema>;

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

export const demoScenariosSchema = z.array(demoScenarioSchema).min(1).superRefine((scenarios, ctx) => {
  for (const id of duplicates(scenarios.map((scenario) => scenario.id))) {
    ctx.addIssue({ code: 'custom', message: `会话 id "${id}" 重复；每个演示会话的 id 必须唯一 / duplicate scenario id` });
  }
  for (const id of duplicates(scenarios.map((scenario) => scenario.buyer.id))) {
    ctx.addIssue({ code: 'custom', message: `买家 id "${id}" 重复；每个演示买家的 id 必须唯一 / duplicate buyer id` });
  }
  for (const nickname of duplicates(scenarios.map((scenario) => scenario.buyer.nickname))) {
    ctx.addIssue({ code: 'custom', message: `买家昵称 "${nickname}" 重复；演示里每位买家昵称不同 / duplicate nickname` });
  }
});
