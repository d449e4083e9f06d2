import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { presumesNotShipped } from '../../../utils/engine/order-states';
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
