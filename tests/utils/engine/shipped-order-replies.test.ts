import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { buyerSaysNotShipped, presumesNotShipped, presumesShipped } from '../../../utils/engine/order-states';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

describe('a reply that speaks only of an order not yet shipped', () => {
  it.each([
    '亲，订单还没发货可以直接取消，钱原路退回。',
    '趁还没发货，申请退款后重新拍就行～',
    '没发出的订单同意退款后仓库会取消发货。',
    '收件人的电话发货前都能帮您改。',
  ])('"%s" is one', (text) => {
    expect(presumesNotShipped(text)).toBe(true);
  });

  it.each([
    '亲，还没发货可以直接取消；已经发出的话您拒收，退回后给您退款。',
    '发货前我们会检查包装，易碎品加气泡膜。',
    '亲，我帮您查一下物流，稍等～',
    '还没发货的话我帮您拦截，已发货的联系快递拦截。',
  ])('"%s" is not one', (text) => {
    expect(presumesNotShipped(text)).toBe(false);
  });
});

describe('suggestions once the conversation shows the order shipped', () => {
  const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
  const top = (...turns: string[]) => suggest(index, chat(...turns), { limit: 3 }).suggestions.map((suggestion) => suggestion.text);

  it.each([
    ['system:卖家已发货', '我不要了 能拦截吗'],
    ['system:卖家已发货', '不想要了 能取消吗'],
    ['agent:亲 您的订单已经发出了哦', '那我不要了'],
    ['system:卖家已发货', '地址写错了 还能改吗'],
  ])('after "%s", "%s" gets no reply that says the order has not shipped', (...turns) => {
    const texts = top(...turns);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(presumesNotShipped(text)).toBe(false);
  });

  it('without the notice, a cancel request may still get the reply for an order not yet shipped', () => {
    expect(top('还没发货吧 不想要了 能取消吗').some((text) => presumesNotShipped(text))).toBe(true);
  });
});

describe('suggestions when the buyer says the order has not left yet', () => {
  const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
  const top = (...turns: string[]) => suggest(index, chat(...turns), { limit: 3 }).suggestions.map((suggestion) => suggestion.text);

  it.each(['先别发 我出差了', '能不能晚几天再发 这周家里没人', '怎么还没发货', '等我下周回来再发吧', '咋还不发货啊 都拍了4天了'])('reads "%s" as not shipped', (turn) => {
    expect(buyerSaysNotShipped(turn)).toBe(true);
  });

  it.each(['快递到哪了', '能不能晚几天再送', '已经发货了还能改地址吗', '晚上送可以吗'])('does not read "%s" so', (turn) => {
    expect(buyerSaysNotShipped(turn)).toBe(false);
  });

  it('tells a reply about a parcel on its way from one that also covers an order not yet sent', () => {
    expect(presumesShipped('亲，我马上联系派送网点，请他们先把包裹留在网点、晚几天再派。')).toBe(true);
    expect(presumesShipped('亲，我现在就联系快递查这个包裹卡在哪儿。')).toBe(true);
    expect(presumesShipped('亲，还没发出的给您备注晚发；已经发出的我联系派送网点晚几天再派。')).toBe(false);
    expect(presumesShipped('亲，可以的，我在这单上备注您的要求，快递员一般会按备注来。')).toBe(false);
  });

  it.each([['能不能晚几天再发 我这周出差不在家'], ['system:买家已付款', '先别发 等我下周回来再发']])(
    'offers no reply about a parcel on its way to "%s"',
    (...turns) => {
      const texts = top(...turns);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(presumesShipped(text), text).toBe(false);
    },
  );

  it('still offers them once the conversation shows the parcel left', () => {
    const texts = top('system:卖家已发货', '我出差了 能不能让快递晚几天再送');
    expect(texts.some((text) => presumesShipped(text))).toBe(true);
  });
});
