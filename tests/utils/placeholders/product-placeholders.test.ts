import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../utils/placeholders/fill-placeholders';
import { fillProductPlaceholders, withProductFacts } from '../../../utils/placeholders/product-placeholders';
import { hasUnfilledPlaceholder, unfilledPlaceholdersIn } from '../../../utils/placeholders/unfilled-placeholders';
import type { SuggestResult } from '../../../utils/schemas/suggestion';

const cup = { name: '不锈钢保温杯 500ml', facts: [{ name: '保修', value: '一年只换不修' }, { name: '材质', value: '316不锈钢' }] };

describe('product placeholders: the chat\'s product\'s facts written into a reply', () => {
  it('fills {商品.名称} and the facts the product has, and leaves a missing fact as written', () => {
    expect(fillProductPlaceholders('亲，{商品.名称}是{商品.材质}的，保修{商品.保修}', cup)).toBe('亲，不锈钢保温杯 500ml是316不锈钢的，保修一年只换不修');
    expect(fillProductPlaceholders('产地：{商品.产地}，{店铺名}发货', cup)).toBe('产地：{商品.产地}，{店铺名}发货');
  });

  it('fills a suggestion result\'s texts before it leaves the worker, and only when a product was recognised', () => {
    const result: SuggestResult = {
      buyerTurn: '保修多久',
      suggestions: [{ phraseUid: 'p/1', packId: 'p', text: '这款保修{商品.保修}', category: 'after-sales', score: 1, reason: { kind: 'trigger', matched: '保修多久' } }],
    };
    expect(withProductFacts(result)).toBe(result);
    const filled = withProductFacts({ ...result, product: { uid: 'p/不锈钢保温杯 500ml', showFacts: false, ...cup } });
    expect(filled.suggestions[0]?.text).toBe('这款保修一年只换不修');
  });

  it('treats a {商品.X} nobody filled (the picker, search) as a blank the agent fills and the send guard holds', () => {
    expect(unfilledPlaceholdersIn('这款保修{商品.保修}，{日期}前发货')).toEqual(['商品.保修', '日期']);
    expect(hasUnfilledPlaceholder('这款{商品.名称}')).toBe(true);
    expect(fillPlaceholders('这款保修{商品.保修}，欢迎光临{店铺名}', { shopName: '小店', agentName: '' })).toEqual({ text: '这款保修{商品.保修}，欢迎光临小店', unfilled: ['商品.保修'] });
    // A buyer's own braces are not placeholders.
    expect(hasUnfilledPlaceholder('{商品}{笑}')).toBe(false);
  });
});
