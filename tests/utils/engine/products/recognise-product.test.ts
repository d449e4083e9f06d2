import { describe, expect, it } from 'vitest';
import { buildProductIndex } from '../../../../utils/engine/products/product-index';
import { factsOf, recogniseProduct } from '../../../../utils/engine/products/recognise-product';
import { productSchema, productUid, type LibraryProduct, type ProductInput } from '../../../../utils/schemas/product';

function libraryProducts(...inputs: ProductInput[]): LibraryProduct[] {
  return inputs.map((input) => {
    const product = productSchema.parse(input);
    return { ...product, uid: productUid('shop', product.name), packId: 'shop' };
  });
}

const products = libraryProducts(
  { name: '不锈钢保温杯 500ml', keywords: ['316保温杯'], ids: [{ platform: 'pdd', itemId: '111' }], facts: { 保修: '一年', 材质: '316不锈钢' } },
  { name: '不锈钢保温杯 1L', ids: [{ platform: 'jd', itemId: '111' }], facts: { 保修: '两年' } },
  {
    name: '纯棉T恤 男款',
    keywords: ['纯棉短袖'],
    facts: { 材质: '100%棉', 尺码: 'S-XXL' },
    skus: [
      { name: '黑色 XL', facts: { 尺码: 'XL（175-180cm）' } },
      { name: '白色 L', facts: { 尺码: 'L（170-175cm）' } },
    ],
  },
  { name: '儿童电动牙刷', keywords: ['电动牙刷'], facts: { 适用年龄: '3-12岁' }, skus: [{ name: '1.5L' }] },
);
const index = buildProductIndex(products, []);
const nameOf = (title: string, extra: { itemId?: string; sku?: string } = {}, site = 'pinduoduo'): string | undefined =>
  recogniseProduct(index, { title, ...extra }, site)?.product.name;

describe('recogniseProduct: which of the shop\'s products the chat shows', () => {
  it('recognises a title decorated the way chat clients show it', () => {
    expect(nameOf('【热卖】2024新款 不锈钢保温杯500ml 大容量 包邮')).toBe('不锈钢保温杯 500ml');
    expect(nameOf('［爆款］纯棉T恤 男款 夏季 宽松 圆领')).toBe('纯棉T恤 男款');
    // Full-width letters and digits, spaces inside the name.
    expect(nameOf('不锈钢 保温杯 ５００ＭＬ')).toBe('不锈钢保温杯 500ml');
  });

  it('recognises a truncated title, and a keyword inside a long one', () => {
    expect(nameOf('儿童电动牙刷 软毛 声波 自动…')).toBe('儿童电动牙刷');
    expect(nameOf('夏天必备 纯棉短袖 透气 不起球 多色可选 …')).toBe('纯棉T恤 男款');
  });

  it('refuses a title two products match as closely (the spec that told them apart was cut off)', () => {
    expect(nameOf('不锈钢保温杯…')).toBeUndefined();
    // …and picks the one whose spec the title keeps.
    expect(nameOf('不锈钢保温杯 1L 家用')).toBe('不锈钢保温杯 1L');
  });

  it('keeps a spec written in round brackets, which tells variants apart', () => {
    const cups = buildProductIndex(libraryProducts({ name: '玻璃杯（350ml）' }, { name: '玻璃杯（500ml）' }), []);
    expect(recogniseProduct(cups, { title: '【现货】玻璃杯(500ml) 包邮' }, 'pinduoduo')?.product.name).toBe('玻璃杯（500ml）');
    expect(recogniseProduct(cups, { title: '玻璃杯（官方正品）' }, 'pinduoduo')).toBeUndefined();
  });

  it('refuses a product the shop does not keep, and an empty title', () => {
    expect(nameOf('蓝牙耳机 降噪 超长续航')).toBeUndefined();
    expect(nameOf('【热卖】包邮')).toBeUndefined();
    expect(recogniseProduct(index, undefined, 'pinduoduo')).toBeUndefined();
  });

  it('lets an item id on the chat\'s platform win over the title', () => {
    expect(nameOf('随便什么标题', { itemId: '111' }, 'pinduoduo')).toBe('不锈钢保温杯 500ml');
    expect(nameOf('随便什么标题', { itemId: '111' }, 'jd-dongdong')).toBe('不锈钢保温杯 1L');
    // A site of no known platform: the id names two products, so the title decides.
    expect(nameOf('纯棉T恤 男款', { itemId: '111' }, 'my-own-chat')).toBe('纯棉T恤 男款');
    // An id no product carries: the title decides.
    expect(nameOf('儿童电动牙刷', { itemId: '999' })).toBe('儿童电动牙刷');
  });

  it('reads the SKU the client shows, or one named in the title, and its facts override the product\'s', () => {
    const shirt = recogniseProduct(index, { title: '纯棉T恤 男款', sku: '颜色分类：黑色；尺码：XL' }, 'qianniu');
    expect(shirt?.sku?.name).toBe('黑色 XL');
    expect(factsOf(shirt!)).toEqual([
      { name: '材质', value: '100%棉' },
      { name: '尺码', value: 'XL（175-180cm）' },
    ]);
    expect(recogniseProduct(index, { title: '纯棉T恤 男款 白色L' }, 'qianniu')?.sku?.name).toBe('白色 L');
    expect(recogniseProduct(index, { title: '纯棉T恤 男款' }, 'qianniu')?.sku).toBeUndefined();
  });
});
