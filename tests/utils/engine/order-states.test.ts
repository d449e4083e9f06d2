import { describe, expect, it } from 'vitest';
import { orderStatesShown } from '../../../utils/engine/order-states';
import { chat } from './fixture-library';

const shown = (...turns: string[]) => [...orderStatesShown(chat(...turns))].sort();

describe('the order states a conversation shows', () => {
  it('reads platform notices and the agent, not what the buyer claims of the shop', () => {
    expect(shown('system:卖家已发货', '到哪了')).toEqual(['ordered', 'paid', 'shipped']);
    expect(shown('agent:亲 已经给您发出了哦', '好的')).toEqual(['ordered', 'paid', 'shipped']);
    expect(shown('你们已发货了吧 怎么没物流')).toEqual([]);
    expect(shown('退款成功了吗')).toEqual([]);
  });

  it('takes the buyer at their word about a refund request they made themselves', () => {
    for (const turn of ['我点错了 申请成仅退款了 能撤销吗', '我已经申请了退货 你们同意一下', '售后申请提交了 怎么没人处理', '昨天申请了退款']) {
      expect(shown(turn), turn).toEqual(['refund-requested']);
    }
  });

  it('does not read a question about requesting one as a request made', () => {
    for (const turn of ['怎么申请退款', '能申请退货吗', '申请售后在哪里', '我想申请换货']) {
      expect(shown(turn), turn).toEqual([]);
    }
  });
});
