import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoScenariosSchema } from '../../../utils/demo/scenario-schema';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';

function byId(id: string) {
  const scenario = DEMO_SCENARIOS.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`no demo scenario "${id}"`);
  return scenario;
}

describe('the demo chat has scripted buyers for every step agents practise', () => {
  it('is well formed: unique ids and nicknames, 2–4 turns each, a buyer message in every turn', () => {
    const parsed = demoScenariosSchema.safeParse(DEMO_SCENARIOS);
    expect(parsed.success ? '' : z.prettifyError(parsed.error)).toBe('');
  });

  it('covers 议价, 催付, 发货, 售后, 发票 and 告别 at least', () => {
    expect(DEMO_SCENARIOS.length).toBeGreaterThanOrEqual(6);
    for (const id of ['bargaining', 'urging-payment', 'shipping', 'after-sales', 'invoice', 'farewell']) {
      expect(byId(id).turns[0]?.expect[0], id).toBe(id);
    }
  });

  it('opens 催付 with the order placed but unpaid, and 发货 with the order paid', () => {
    expect(byId('urging-payment').turns[0]?.messages[0]).toEqual({ role: 'system', text: '买家已拍下，待付款' });
    expect(byId('shipping').turns[0]?.messages[0]).toEqual({ role: 'system', text: '买家已付款' });
  });

  it('has 售后 about a damaged item', () => {
    const firstBuyerLine = byId('after-sales').turns[0]?.messages.find((message) => message.role === 'buyer')?.text ?? '';
    expect(firstBuyerLine).toMatch(/碎|坏|破/);
  });

  it('gives every buyer a different nickname, as a real list would', () => {
    const nicknames = DEMO_SCENARIOS.map((scenario) => scenario.buyer.nickname);
    expect(new Set(nicknames).size).toBe(nicknames.length);
  });
});

describe('demoScenariosSchema', () => {
  it('rejects a duplicate conversation id and a turn with no buyer message', () => {
    const scenario = DEMO_SCENARIOS[0]!;
    const broken = [
      scenario,
      { ...scenario, buyer: { id: 'other', nickname: '别人' }, turns: [{ messages: [{ role: 'system', text: '买家已付款' }], expect: ['shipping'] }, scenario.turns[0]] },
    ];
    const result = demoScenariosSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages.some((message) => message.includes('重复'))).toBe(true);
    expect(messages.some((message) => message.includes('买家消息'))).toBe(true);
  });
});
