import { describe, expect, it } from 'vitest';
import { filterBySearch } from '../../../utils/console-sections/table-search';
import { formToProduct, productToForm, type ProductForm } from '../../../utils/library-view/product-form';
import { productRows, productSearchTexts } from '../../../utils/library-view/product-rows';
import { PRODUCT_PACK, TEAM_PACK } from '../team-draft/draft-pack';

const cup = PRODUCT_PACK.products[0]!;
const form = (changes: Partial<ProductForm>): ProductForm => ({ ...productToForm(cup), ...changes });

describe('the console’s products table', () => {
  it('lists every pack’s products with the phrases scoped to them, and the search finds them by keyword, item id, fact or SKU', () => {
    const rows = productRows([TEAM_PACK, PRODUCT_PACK]);
    expect(rows.map((row) => [row.uid, row.packName, row.scoped.map((phrase) => phrase.id)])).toEqual([
      ['team-goods/儿童保温杯', '团队商品话术', ['cup-warranty', 'cup-clean', 'material']],
      ['team-goods/电热水壶', '团队商品话术', ['material']],
    ]);
    const found = (query: string) => filterBySearch(rows, query, productSearchTexts).map((row) => row.product.name);
    expect(found('儿童杯')).toEqual(['儿童保温杯']);
    expect(found('pdd:6524871930')).toEqual(['儿童保温杯']);
    expect(found('304不锈钢')).toEqual(['电热水壶']);
    expect(found('粉色')).toEqual(['儿童保温杯']);
    expect(found('不锈钢')).toEqual(['儿童保温杯', '电热水壶']);
  });
});

describe('the product form', () => {
  it('reads back the product it was filled from, and takes keywords and ids one per line or joined with |', () => {
    expect(formToProduct(productToForm(cup))).toEqual({ ok: true, product: cup });
    const result = formToProduct(form({ keywords: '保温杯|儿童杯\n 学生杯 \n', ids: 'pdd：6524871930\nJD:100012' }));
    expect(result.ok && result.product.keywords).toEqual(['保温杯', '儿童杯', '学生杯']);
    expect(result.ok && result.product.ids).toEqual([
      { platform: 'pdd', itemId: '6524871930' },
      { platform: 'jd', itemId: '100012' },
    ]);
  });

  it('skips empty fact rows and adds a SKU with its own facts', () => {
    const result = formToProduct(
      form({
        facts: [...productToForm(cup).facts, { name: '', value: '' }],
        skus: [...productToForm(cup).skus, { name: '蓝色 400ml', facts: [{ name: '颜色', value: '蓝色' }] }],
      }),
    );
    expect(result.ok && result.product.facts).toEqual(cup.facts);
    expect(result.ok && result.product.skus.at(-1)).toEqual({ name: '蓝色 400ml', facts: { 颜色: '蓝色' } });
  });

  it('puts each problem on its field with the format’s message, and saves nothing', () => {
    const bad = formToProduct({
      name: '  ',
      keywords: '',
      ids: 'tmall:123',
      facts: [{ name: '保修', value: '' }],
      skus: [
        { name: '黑色', facts: [] },
        { name: '黑色', facts: [] },
      ],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.name).toContain('商品名称不能为空');
    expect(bad.errors.ids).toContain('平台只能是 taobao / jd / pdd / douyin / kuaishou 之一');
    expect(bad.errors.facts).toContain('参数值不能为空');
    expect(bad.errors.skus).toContain('SKU "黑色" 重复');

    const worse = formToProduct(form({ ids: '6524871930', facts: [{ name: '保修', value: '一年' }, { name: '保修', value: '两年' }, { name: '商品.材质', value: '钢' }] }));
    expect(worse.ok ? null : worse.errors).toMatchObject({ ids: expect.stringContaining('不是「平台:商品ID」'), facts: expect.stringContaining('参数 "保修" 写了两次') });
    const dotted = formToProduct(form({ facts: [{ name: '商品.材质', value: '钢' }] }));
    expect(dotted.ok ? null : dotted.errors.facts).toContain('参数名不能含 { } . |');
  });
});
