import { z } from 'zod';
import { BUILT_IN_CATEGORY_IDS } from '../schemas/category';
import { demoScriptMessageSchema } from '../demo/scenario-schema';
import { PRACTICE_STAGES, STANDARD_FLOW } from './practice-stages';

/**
 * A practice scenario: one scripted buyer taken through a whole conversation on the demo page.
 * It is a demo scenario (the same player, chat pane and adapter run it) whose turns also name
 * their stage, so the score card can say where the agent was slow or off-topic.
 */

const practiceStageSchema = z.enum(PRACTICE_STAGES, {
  error: `阶段只能是 ${PRACTICE_STAGES.join(' / ')} 之一，例如 "bargaining" / stage must be one of ${PRACTICE_STAGES.join(', ')}`,
});

/** Fit is judged against the built-in categories only: a team's own categories differ per pack. */
const expectedCategorySchema = z.enum(BUILT_IN_CATEGORY_IDS, {
  error: `期望的话术分类只能是内置分类 ${BUILT_IN_CATEGORY_IDS.join(' / ')}，例如 "greeting" / expect: built-in category ids only, e.g. "greeting"`,
});

export const practiceTurnSchema = z.object({
  stage: practiceStageSchema,
  messages: z
    .array(demoScriptMessageSchema)
    .min(1, { error: '每一轮至少要有一条消息，例如 [{"role":"buyer","text":"在吗"}] / every turn needs a message' })
    .max(3, { error: '一轮最多三条消息：买家一次说太多，练习就不像真的了 / at most 3 messages per turn' })
    .refine((messages) => messages.some((message) => message.role === 'buyer'), {
      error: '每一轮至少要有一句买家消息，例如 {"role":"buyer","text":"在吗"} / every turn needs a buyer message',
    }),
  expect: z.array(expectedCategorySchema).min(1, { error: '每一轮要写出好回复来自哪些分类，例如 ["bargaining"] / expect at least one category' }),
});
export type PracticeTurn = z.infer<typeof practiceTurnSchema>;

const practiceIdSchema = z.string().regex(/^practice-[a-z0-9-]{1,30}$/, {
  error: '练习场景 id 以 "practice-" 开头，只用小写字母、数字和连字符，例如 "practice-standard" / id: "practice-" then lowercase letters, digits, hyphens',
});

const buyerIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, {
  error: '买家 id 只能用小写字母、数字和连字符，例如 "buyer-xiaoman" / buyer id: lowercase letters, digits and hyphens',
});

/** `product`: the buyer sends a product card and asks about the item (the demo shop's products). */
export const PRACTICE_KINDS = ['standard', 'after-sales', 'complaint', 'product'] as const;

export const practiceScenarioSchema = z
  .object({
    /** Also the practice conversation's `data-conv-id` on the demo page. */
    id: practiceIdSchema,
    kind: z.enum(PRACTICE_KINDS, { error: '类型只能是 "standard"、"after-sales"、"complaint" 或 "product" / kind: standard, after-sales, complaint or product' }),
    /** Shown in the conversation list and on the score card, e.g. "练习·标准流程". */
    topic: z.string().trim().min(1).max(20, { error: '标题最多 20 个字，例如 "练习·标准流程" / topic: at most 20 characters' }),
    buyer: z.object({ id: buyerIdSchema, nickname: z.string().trim().min(1).max(30) }),
    product: z.string().trim().min(1).max(40),
    turns: z.array(practiceTurnSchema).min(3, { error: '练习要走完整个流程，至少 3 轮 / a practice needs at least 3 turns' }).max(12),
  })
  .superRefine((scenario, ctx) => {
    const stages = scenario.turns.map((turn) => turn.stage);
    if (stages.at(-1) !== 'farewell') {
      ctx.addIssue({
        code: 'custom',
        path: ['turns'],
        message: '最后一轮必须是告别（"stage":"farewell"），例如买家说“好的谢谢” / the last turn must be the farewell stage',
      });
    }
    if (scenario.kind === 'standard') {
      // Every step once at least, never going back: 问候 → 咨询 → 议价 → 催付 → 核对地址 → 告别.
      const order = stages.map((stage) => STANDARD_FLOW.indexOf(stage));
      const inOrder = order.every((position, index) => position >= 0 && (index === 0 || position >= (order[index - 1] ?? 0)));
      if (!inOrder || STANDARD_FLOW.some((stage) => !stages.includes(stage))) {
        ctx.addIssue({
          code: 'custom',
          path: ['turns'],
          message: `标准流程要按 ${STANDARD_FLOW.join(' → ')} 的顺序走完每一步，例如第一轮 "greeting"、最后一轮 "farewell" / a standard scenario walks every stage in order`,
        });
      }
    }
    const firstUrging = scenario.turns.find((turn) => turn.stage === 'urging-payment');
    if (firstUrging && !firstUrging.messages.some((message) => message.role === 'system')) {
      ctx.addIssue({
        code: 'custom',
        path: ['turns'],
        message: '催付这一轮要先有平台通知，例如 {"role":"system","text":"买家已拍下，待付款"} / the urging-payment turn opens with a system notice',
      });
    }
  });
export type PracticeScenario = z.infer<typeof practiceScenarioSchema>;

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

export const practiceScenariosSchema = z
  .array(practiceScenarioSchema)
  .min(1)
  .superRefine((scenarios, ctx) => {
    for (const id of duplicates(scenarios.map((scenario) => scenario.id))) {
      ctx.addIssue({ code: 'custom', message: `练习场景 id "${id}" 重复；每个场景 id 必须唯一 / duplicate practice id` });
    }
    for (const nickname of duplicates(scenarios.map((scenario) => scenario.buyer.nickname))) {
      ctx.addIssue({ code: 'custom', message: `买家昵称 "${nickname}" 重复；每位练习买家昵称不同 / duplicate nickname` });
    }
  });
