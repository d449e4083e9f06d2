import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BUYER_REPLY_DELAY_MS,
  createDemoPlayer,
  FIRST_MESSAGE_DELAY_MS,
  hasMoreTurns,
  waitingCount,
  type DemoPlayer,
} from '../../../utils/demo/demo-player';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';

let player: DemoPlayer;

function conversation(id: string) {
  const found = player.getState().conversations.find((candidate) => candidate.scenario.id === id);
  if (!found) throw new Error(id);
  return found;
}

function texts(id: string) {
  return conversation(id).messages.map((message) => `${message.role}:${message.text}`);
}

beforeEach(() => {
  vi.useFakeTimers();
  player = createDemoPlayer(DEMO_SCENARIOS);
});
afterEach(() => {
  player.dispose();
  vi.useRealTimers();
});

describe('scripted buyers in the demo chat', () => {
  it('delivers a product card as the buyer\'s message, its title the text, its item id and SKU carried along', () => {
    player.open('product-warranty');
    vi.advanceTimersByTime(FIRST_MESSAGE_DELAY_MS);
    const [card, question] = conversation('product-warranty').messages;
    expect(card).toMatchObject({ role: 'buyer', text: '【热卖】儿童316不锈钢保温杯400ml 带吸管 小学生上学水杯', card: { itemId: '586203941172', sku: '樱花粉' } });
    expect(question).toMatchObject({ role: 'buyer', text: '这个杯子保修多久呀' });
    expect(question?.card).toBeUndefined();
  });

  it('shows every buyer waiting before the agent opens anything', () => {
    expect(player.getState().activeId).toBeNull();
    expect(waitingCount(conversation('shipping'))).toBe(1);
    expect(waitingCount(conversation('after-sales'))).toBe(1);
  });

  it('delivers the first turn, platform notice included, about half a second after opening', () => {
    player.open('urging-payment');
    expect(player.getState().activeId).toBe('urging-payment');
    expect(conversation('urging-payment').pending).toBe(true);
    vi.advanceTimersByTime(FIRST_MESSAGE_DELAY_MS - 1);
    expect(texts('urging-payment')).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(texts('urging-payment')).toEqual(['system:买家已拍下，待付款', 'buyer:先拍下了，我再对比下别家，晚点再付']);
    expect(waitingCount(conversation('urging-payment'))).toBe(1);
  });

  it('lets the buyer answer shortly after the agent replies', () => {
    player.open('bargaining');
    vi.advanceTimersByTime(FIRST_MESSAGE_DELAY_MS);
    expect(player.sendAgentMessage('bargaining', '  亲，这已经是活动价了哦  ')).toBe(true);
    expect(texts('bargaining').at(-1)).toBe('agent:亲，这已经是活动价了哦');
    expect(waitingCount(conversation('bargaining'))).toBe(0);
    vi.advanceTimersByTime(BUYER_REPLY_DELAY_MS);
    expect(texts('bargaining').at(-1)).toBe('buyer:我一次拿两件呢，老板给个优惠呗');
  });

  it('sends nothing for an empty reply', () => {
    player.open('bargaining');
    expect(player.sendAgentMessage('bargaining', ' \n ')).toBe(false);
    expect(texts('bargaining')).toEqual([]);
  });

  it('brings the next buyer message at once with 下一句, and stops at the end of the script', () => {
    player.open('farewell');
    player.deliverNextTurn('farewell');
    player.deliverNextTurn('farewell');
    player.deliverNextTurn('farewell');
    expect(texts('farewell')).toHaveLength(3);
    expect(waitingCount(conversation('farewell'))).toBe(3);
    expect(hasMoreTurns(conversation('farewell'))).toBe(false);
    // The timer that opening started was replaced, so nothing arrives twice.
    vi.advanceTimersByTime(5000);
    expect(texts('farewell')).toHaveLength(3);
    player.deliverNextTurn('farewell');
    player.sendAgentMessage('farewell', '亲，祝您生活愉快～');
    vi.advanceTimersByTime(5000);
    expect(texts('farewell')).toHaveLength(4);
  });

  it('keeps buyers writing in conversations the agent has switched away from', () => {
    player.open('shipping');
    vi.advanceTimersByTime(FIRST_MESSAGE_DELAY_MS);
    player.sendAgentMessage('shipping', '亲，今天下午就发出');
    player.open('invoice');
    vi.advanceTimersByTime(BUYER_REPLY_DELAY_MS);
    expect(texts('shipping').at(-1)).toBe('buyer:默认发什么快递，能换顺丰吗');
    expect(waitingCount(conversation('shipping'))).toBe(1);
  });

  it('gives every message on the page its own id', () => {
    for (const scenario of DEMO_SCENARIOS) {
      player.open(scenario.id);
      for (let turn = 0; turn < scenario.turns.length; turn++) player.deliverNextTurn(scenario.id);
    }
    const ids = player.getState().conversations.flatMap((entry) => entry.messages.map((message) => message.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does not re-run the first message when a conversation is opened again', () => {
    player.open('invoice');
    vi.advanceTimersByTime(FIRST_MESSAGE_DELAY_MS);
    player.open('shipping');
    player.open('invoice');
    vi.advanceTimersByTime(5000);
    expect(texts('invoice')).toHaveLength(2);
  });
});

describe('a practice buyer started on the fly', () => {
  const practice = {
    id: 'practice-try',
    topic: '练习',
    buyer: { id: 'buyer-practice', nickname: '练习买家' },
    product: '保温杯',
    turns: [
      { messages: [{ role: 'buyer' as const, text: '在吗' }], expect: ['greeting' as const] },
      { messages: [{ role: 'buyer' as const, text: '好的谢谢' }], expect: ['farewell' as const] },
    ],
  };

  it('goes to the top of the list, opened, and writes shortly after', () => {
    player.startScenario(practice);
    expect(player.getState().activeId).toBe('practice-try');
    expect(player.getState().conversations[0]?.scenario.id).toBe('practice-try');
    vi.advanceTimersByTime(FIRST_MESSAGE_DELAY_MS);
    expect(texts('practice-try')).toEqual(['buyer:在吗']);
  });

  it('starts again from the first turn (再练一次), with no stray message from the last run', () => {
    player.startScenario(practice);
    vi.advanceTimersByTime(FIRST_MESSAGE_DELAY_MS);
    player.sendAgentMessage('practice-try', '您好');
    player.startScenario(practice);
    vi.advanceTimersByTime(BUYER_REPLY_DELAY_MS + FIRST_MESSAGE_DELAY_MS);
    expect(texts('practice-try')).toEqual(['buyer:在吗']);
    expect(player.getState().conversations.filter((entry) => entry.scenario.id === 'practice-try')).toHaveLength(1);
  });
});
