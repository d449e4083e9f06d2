/**
 * The steps of a conversation a new agent practises, in the order the onboarding manuals teach
 * the standard flow (欢迎语 → 对话 → 议价 → 支付 → 核对地址 → 欢送), plus the two flows that
 * start after the sale: 售后 and 投诉.
 */
export const PRACTICE_STAGES = [
  'greeting',
  'consulting',
  'bargaining',
  'urging-payment',
  'address-check',
  'after-sales',
  'complaint',
  'farewell',
] as const;
export type PracticeStage = (typeof PRACTICE_STAGES)[number];

/** The standard pre-sale flow, in order: a 标准流程 scenario walks through every one of them. */
export const STANDARD_FLOW: readonly PracticeStage[] = ['greeting', 'consulting', 'bargaining', 'urging-payment', 'address-check', 'farewell'];
