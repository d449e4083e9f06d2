import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import demoShopPackJson from '../../../phrases/demo-shop-pack.json';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';
import { practiceScenarioSchema, practiceScenariosSchema, type PracticeScenario } from '../../../utils/practice/practice-scenario-schema';
import { PRACTICE_SCENARIOS } from '../../../utils/practice/practice-scenarios';
import { STANDARD_FLOW } from '../../../utils/practice/practice-stages';

function scenario(kind: PracticeScenario['kind']): PracticeScenario {
  const found = PRACTICE_SCENARIOS.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no ${kind} practice`);
  return found;
}

function firstError(input: unknown): string {
  const parsed = practiceScenarioSchema.safeParse(input);
  return parsed.success ? '' : (parsed.error.issues[0]?.message ?? '');
}

describe('practice scenarios take a trainee through whole conversations', () => {
  it('are all valid: unique ids and nicknames, every turn with a buyer line, a stage and expected categories', () => {
    const parsed = practiceScenariosSchema.safeParse(PRACTICE_SCENARIOS);
    expect(parsed.success ? '' : z.prettifyError(parsed.error)).toBe('');
  });

  it('offer 标准流程, 售后, 投诉 and 商品问答', () => {
    expect(PRACTICE_SCENARIOS.map((entry) => entry.kind).sort()).toEqual(['after-sales', 'complaint', 'product', 'standard']);
  });

  it('in 商品问答, send a demo-shop product\'s card, then ask what its facts answer (door type, warranty, an error message) and one they do not (material)', () => {
    const product = scenario('product');
    const card = product.turns[0]?.messages.find((message) => message.card);
    const lock = demoShopPackJson.products.find((entry) => entry.ids.some((ref) => ref.itemId === card?.card?.itemId));
    expect(lock?.name).toBe(product.product);
    expect(lock?.keywords.some((keyword) => card?.text.includes(keyword))).toBe(true);
    const asked = product.turns.slice(1).map((turn) => turn.messages.map((message) => message.text).join(' '));
    for (const [fact, words] of [['兼容门型', '防盗门'], ['保修', '保修'], ['故障代码', '系统锁定']] as const) {
      expect(lock?.facts).toHaveProperty(fact);
      expect(asked.some((text) => text.includes(words)), words).toBe(true);
    }
    expect(lock?.facts).not.toHaveProperty('材质');
    expect(asked.some((text) => text.includes('材质'))).toBe(true);
  });

  it('walk the standard flow 问候 → 咨询 → 议价 → 催付 → 核对地址 → 告别, with the platform notices it needs', () => {
    const standard = scenario('standard');
    expect([...new Set(standard.turns.map((turn) => turn.stage))]).toEqual(STANDARD_FLOW);
    const notices = standard.turns.flatMap((turn) => turn.messages.filter((message) => message.role === 'system').map((message) => message.text));
    expect(notices).toEqual(['买家已拍下，待付款', '买家已付款']);
  });

  it('never clash with the demo buyers already in the list', () => {
    const demoIds = new Set(DEMO_SCENARIOS.map((entry) => entry.id));
    const demoNicknames = new Set(DEMO_SCENARIOS.map((entry) => entry.buyer.nickname));
    for (const practice of PRACTICE_SCENARIOS) {
      expect(demoIds.has(practice.id)).toBe(false);
      expect(demoNicknames.has(practice.buyer.nickname)).toBe(false);
    }
  });
});

describe('a badly written scenario is refused with the rule and an example', () => {
  const standard = scenario('standard');

  it('names the standard flow when a step is missing or out of order', () => {
    const skipped = { ...standard, turns: standard.turns.filter((turn) => turn.stage !== 'bargaining') };
    expect(firstError(skipped)).toContain('标准流程要按 greeting → consulting → bargaining');
    const shuffled = { ...standard, turns: [standard.turns[1], standard.turns[0], ...standard.turns.slice(2)] };
    expect(firstError(shuffled)).toContain('标准流程要按');
  });

  it('asks for a farewell at the end', () => {
    const noGoodbye = { ...scenario('complaint'), turns: scenario('complaint').turns.slice(0, -1) };
    expect(firstError(noGoodbye)).toContain('最后一轮必须是告别');
  });

  it('asks for the platform notice before 催付', () => {
    const turns = standard.turns.map((turn) =>
      turn.stage === 'urging-payment' ? { ...turn, messages: turn.messages.filter((message) => message.role === 'buyer') } : turn,
    );
    expect(firstError({ ...standard, turns })).toContain('买家已拍下，待付款');
  });

  it('accepts only built-in categories as the expected ones, and practice- ids', () => {
    const turns = standard.turns.map((turn, index) => (index === 0 ? { ...turn, expect: ['welcome'] } : turn));
    expect(firstError({ ...standard, turns })).toContain('期望的话术分类只能是内置分类');
    expect(firstError({ ...standard, id: 'standard' })).toContain('例如 "practice-standard"');
  });
});
