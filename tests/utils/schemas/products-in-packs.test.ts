import { describe, expect, it } from 'vitest';
import { packSchema, type PackInput } from '../../../utils/schemas/pack';
import { packPhraseSchema, productFactsIn } from '../../../utils/schemas/phrase';

const SHOP: PackInput = {
  format: 3,
  id: 'cup-shop',
  name: '杯子店',
  version: '1.0.0',
  author: '主管',
  products: [
    {
      name: '儿童保温杯 316 400ml',
      keywords: ['儿童保温杯', '316'],
      ids: [{ platform: 'pdd', itemId: '6524871930' }],
      facts: { 材质: '316不锈钢内胆', 保修: '杯体一年质保' },
      skus: [{ name: '粉色 400ml', facts: { 颜色: '樱花粉' } }],
    },
  ],
  phrases: [
    { id: 'warranty-cup', text: '亲，这款{商品.保修}，有问题随时找我～', category: 'product', products: ['儿童保温杯 316 400ml'] },
    { id: 'checking', text: '亲，我帮您查一下，稍等～', category: 'product', holding: true },
  ],
};

function messages(input: unknown): string[] {
  const parsed = packSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('products in a pack (format 3)', () => {
  it('a pack carries products with facts, SKUs and platform ids, and phrases scoped to them', () => {
    const pack = packSchema.parse(SHOP);
    expect(pack.products[0]?.skus[0]?.facts).toEqual({ 颜色: '樱花粉' });
    expect(pack.phrases[0]?.products).toEqual(['儿童保温杯 316 400ml']);
    expect(pack.phrases[1]?.holding).toBe(true);
  });

  it('a phrase may name only products the pack has, with the rule and an example', () => {
    const input = { ...SHOP, phrases: [{ id: 'x', text: '亲～', category: 'product', products: ['不存在的杯子'] }] };
    expect(messages(input)).toEqual([expect.stringMatching(/^phrases\.0\.products\.0: 话术适用的商品 "不存在的杯子" 不在这个包的 products 里.*例如 "儿童保温杯 316 400ml"/)]);
  });

  it('product names and a product\'s SKU names are unique', () => {
    const product = SHOP.products?.[0];
    const input = { ...SHOP, products: [product, { ...product, skus: [{ name: 'A' }, { name: 'A' }] }] };
    expect(messages(input)).toEqual([
      expect.stringMatching(/^products\.1\.name: 商品名称 "儿童保温杯 316 400ml" 重复/),
      expect.stringMatching(/^products\.1\.skus\.1\.name: .*SKU "A" 重复/),
    ]);
  });

  it('products and holding need format 3, so an older reader is never handed a field it drops', () => {
    expect(messages({ ...SHOP, format: 2 })).toEqual([
      expect.stringMatching(/^products: 商品需要话术包格式 3/),
      expect.stringMatching(/^phrases\.0\.products: .*需要话术包格式 3/),
      expect.stringMatching(/^phrases\.1\.holding: .*需要话术包格式 3/),
    ]);
  });

  it('fact names keep to what a placeholder can carry; 名称 is the product\'s own name', () => {
    const bad = { ...SHOP, products: [{ name: '杯子', facts: { '保.修': '一年' } }], phrases: [] };
    expect(messages(bad)[0]).toMatch(/参数名不能含 \{ \} \. \|/);
    expect(messages({ ...bad, products: [{ name: '杯子', facts: { 名称: '杯子' } }] })[0]).toMatch(/"名称" 是商品名称本身/);
    // A name every object already has would read as a fact of every product.
    expect(messages({ ...bad, products: [{ name: '杯子', facts: { toString: '一年' } }] })[0]).toMatch(/程序保留名/);
    expect(messages({ ...bad, products: [{ name: '杯子', facts: {}, skus: [{ name: '大号', facts: { constructor: '1L' } }] }] })[0]).toMatch(/程序保留名/);
  });

  it('product placeholders are known placeholders, and name the facts they need', () => {
    expect(packPhraseSchema.safeParse({ id: 'a', text: '{商品.名称}的材质是{商品.材质}', category: 'product' }).success).toBe(true);
    expect(packPhraseSchema.safeParse({ id: 'a', text: '{商品材质}', category: 'product' }).success).toBe(false);
    expect(productFactsIn('这款{商品.名称}保修{商品.保修}，{买家}')).toEqual(['名称', '保修']);
  });
});
