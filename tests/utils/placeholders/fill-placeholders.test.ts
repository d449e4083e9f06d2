import { describe, expect, it } from 'vitest';
import { fillPlaceholders, orderNumberIn, placeholderValuesFor } from '../../../utils/placeholders/fill-placeholders';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import type { Thread } from '../../../utils/schemas/thread';

const thread = (messages: Thread['messages'], nickname?: string): Thread => ({
  site: 'demo',
  messages,
  ...(nickname ? { buyer: { nickname } } : {}),
});

describe('filling placeholders before a phrase reaches the chat input', () => {
  it('uses the shop and agent names from settings and the buyer nickname from the chat', () => {
    const values = placeholderValuesFor(
      { ...DEFAULT_SETTINGS, shopName: '小米优品店', agentName: '小雅' },
      thread([{ role: 'buyer', text: '在吗' }], '爱吃橘子的猫'),
    );
    expect(fillPlaceholders('{买家}您好，欢迎光临{店铺名}，我是客服{客服名}', values)).toEqual({
      text: '爱吃橘子的猫您好，欢迎光临小米优品店，我是客服小雅',
      unfilled: [],
    });
  });

  it('names the shop of the client the chat is on, else the shop name for every client', () => {
    const settings = { ...DEFAULT_SETTINGS, shopName: '小米优品店', shopNamesBySite: { pinduoduo: '米家拼团店', feige: '' } };
    const on = (site: string) => fillPlaceholders('欢迎光临{店铺名}', placeholderValuesFor(settings, { ...thread([{ role: 'buyer', text: '在吗' }]), site })).text;
    expect(on('pinduoduo')).toBe('欢迎光临米家拼团店');
    // Left empty for 飞鸽, and never set for 快手: the shop name every client uses.
    expect(on('feige')).toBe('欢迎光临小米优品店');
    expect(on('kuaishou')).toBe('欢迎光临小米优品店');
  });

  it('reads naturally when the agent has not set names yet', () => {
    const values = placeholderValuesFor(DEFAULT_SETTINGS, thread([{ role: 'buyer', text: '在吗' }]));
    expect(fillPlaceholders('{买家}好，欢迎光临{店铺名}，我是客服{客服名}，请问…', values).text).toBe(
      '亲好，欢迎光临本店，我是客服，请问…',
    );
  });

  it('takes the order number the buyer or the platform showed, never one the agent typed', () => {
    expect(orderNumberIn(thread([{ role: 'buyer', text: '订单号：240812-3344556677 还没发货' }]))).toBe('240812-3344556677');
    expect(orderNumberIn(thread([{ role: 'system', text: '买家已拍下 订单 200012345678901234' }]))).toBe('200012345678901234');
    expect(orderNumberIn(thread([{ role: 'agent', text: '订单号 200012345678901234' }]))).toBeUndefined();
    // An 11-digit phone number is not an order number.
    expect(orderNumberIn(thread([{ role: 'buyer', text: '我电话13812345678' }]))).toBeUndefined();
  });

  it('leaves the date and an unknown order number visible for the agent to complete', () => {
    const values = placeholderValuesFor(DEFAULT_SETTINGS, thread([{ role: 'buyer', text: '什么时候到货' }]));
    expect(fillPlaceholders('预计{日期}到仓，订单{订单号}', values)).toEqual({
      text: '预计{日期}到仓，订单{订单号}',
      unfilled: ['日期', '订单号'],
    });
  });
});
