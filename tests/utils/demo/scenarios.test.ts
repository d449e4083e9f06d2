import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import demoShopPackJson from '../../../phrases/demo-shop-pack.json';
import { demoScenariosSchema, demoScriptMessageSchema } from '../../../utils/demo/scenario-schema';
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

/** The demo shop's product a card shows: its item id is one of the product's, its title carries one of its keywords. */
function productOfCard(title: string, itemId: string | undefined) {
  return demoShopPackJson.products.find((product) => product.ids.some((ref) => ref.itemId === itemId) && product.keywords.some((keyword) => title.includes(keyword)));
}

describe('the demo chat\'s product buyers', () => {
  const cards = DEMO_SCENARIOS.flatMap((scenario) =>
    scenario.turns.flatMap((turn) => turn.messages.flatMap((message) => (message.card ? [{ scenario, title: message.text, card: message.card }] : []))),
  );

  it('send product cards of three different demo-shop products, each a catalogue product by item id and title', () => {
    const products = cards.map(({ title, card }) => productOfCard(title, card.itemId)?.name);
    expect(products).toEqual(['男士纯棉圆领短袖T恤', '儿童316不锈钢保温杯 400ml', '可视空气炸锅 5L']);
    // The header's product panel names the same product.
    expect(cards.map(({ scenario }) => scenario.product)).toEqual(products);
  });

  it('send the card first, then ask about the item: its warranty, an error code, a size', () => {
    const questions = cards.flatMap(({ scenario }) => scenario.turns.flatMap((turn) => turn.messages.filter((message) => message.role === 'buyer' && !message.card).map((message) => message.text)));
    expect(questions.some((text) => text.includes('保修'))).toBe(true);
    expect(questions.some((text) => /E\d/.test(text))).toBe(true);
    expect(questions.some((text) => text.includes('码'))).toBe(true);
    for (const { scenario } of cards) expect(scenario.turns[0]?.messages.some((message) => message.card)).toBe(true);
  });

  it('ask the T恤\'s warranty, a fact that shop does not keep (a holding reply is the answer)', () => {
    const tee = demoShopPackJson.products.find((product) => product.name === '男士纯棉圆领短袖T恤');
    expect(tee && '保修' in tee.facts).toBe(false);
    expect(byId('product').turns.at(-1)?.messages[0]?.text).toContain('保修');
  });
});

describe('demoScenariosSchema', () => {
  it('refuses a product card the platform sends, naming the rule', () => {
    const parsed = demoScriptMessageSchema.safeParse({ role: 'system', text: '儿童保温杯', card: { itemId: '586203941172' } });
    expect(parsed.success ? '' : parsed.error.issues[0]?.message).toContain('商品卡片只能由买家发送');
    expect(demoScriptMessageSchema.safeParse({ role: 'buyer', text: '儿童保温杯', card: { itemId: '58 62' } }).success).toBe(false);
  });

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
