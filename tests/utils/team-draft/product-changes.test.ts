import { NEWEST_PACK_FORMAT } from '../../../utils/schemas/pack';
import { describe, expect, it } from 'vitest';
import { draftChangeSchema, type DraftChange } from '../../../utils/schemas/team-draft';
import { productSchema, type Product } from '../../../utils/schemas/product';
import { applyDraftChanges, changedPhraseIds, changedProductNames, DraftChangeError, publishablePack } from '../../../utils/team-draft/apply-draft';
import { PRODUCT_PACK, TEAM_PACK } from './draft-pack';

const product = (input: Parameters<typeof productSchema.parse>[0]): Product => productSchema.parse(input);
const cup = PRODUCT_PACK.products[0]!;
const scopes = (pack: typeof PRODUCT_PACK) => Object.fromEntries(pack.phrases.map((phrase) => [phrase.id, phrase.products]));

/** The refusal `run` throws: its message and the field the console shows it on. */
function refusal(run: () => unknown): { message: string; field: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof DraftChangeError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error('the change was not refused');
}

describe('a lead changes the products of a team pack’s draft', () => {
  it('edits a product’s fact and adds a SKU, keeping its place and every other product', () => {
    const edited = product({ ...cup, facts: { ...cup.facts, 保修: '整机保修两年' }, skus: [...cup.skus, { name: '蓝色 400ml', facts: { 颜色: '蓝色' } }] });
    const draft = applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-put', name: '儿童保温杯', product: edited }]);

    expect(draft.products.map((entry) => entry.name)).toEqual(['儿童保温杯', '电热水壶']);
    expect(draft.products[0]?.facts['保修']).toBe('整机保修两年');
    expect(draft.products[0]?.skus.map((sku) => sku.name)).toEqual(['粉色 600ml', '蓝色 400ml']);
    expect(draft.products[1]).toEqual(PRODUCT_PACK.products[1]);
    expect(changedProductNames(PRODUCT_PACK, draft)).toEqual(new Set(['儿童保温杯']));
  });

  it('adds a product at the end; a pack of format 2 is raised to the newest format (4) with it', () => {
    const added = product({ name: '不锈钢饭盒', keywords: ['饭盒'], ids: [{ platform: 'jd', itemId: '100012' }], facts: { 保修: '半年' } });
    const draft = applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-put', product: added }]);
    expect(draft.products.at(-1)).toEqual(added);
    expect(changedProductNames(PRODUCT_PACK, draft)).toEqual(new Set(['不锈钢饭盒']));

    const raised = applyDraftChanges(TEAM_PACK, [{ kind: 'product-put', product: added }]);
    expect(raised.format).toBe(NEWEST_PACK_FORMAT);
    expect(raised.products).toEqual([added]);
    expect(publishablePack(TEAM_PACK, [{ kind: 'product-put', product: added }]).products).toEqual([added]);
  });

  it('renames a product: the phrases scoped to it follow the new name', () => {
    const draft = applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-put', name: '儿童保温杯', product: { ...cup, name: '儿童保温杯 400ml' } }]);
    expect(draft.products[0]?.name).toBe('儿童保温杯 400ml');
    expect(scopes(draft)).toEqual({
      'cup-warranty': ['儿童保温杯 400ml'],
      'cup-clean': ['儿童保温杯 400ml'],
      material: ['儿童保温杯 400ml', '电热水壶'],
      holding: undefined,
    });
  });

  it('deletes a product: it leaves the scopes of phrases that name others too; a phrase scoped to it alone refuses the deletion', () => {
    const draft = applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-delete', names: ['电热水壶'] }]);
    expect(draft.products.map((entry) => entry.name)).toEqual(['儿童保温杯']);
    expect(scopes(draft)['material']).toEqual(['儿童保温杯']);

    const cupGone = refusal(() => applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-delete', names: ['儿童保温杯'] }]));
    expect(cupGone.message).toContain('话术 "cup-warranty"、"cup-clean" 只适用于要删除的商品');
    expect(cupGone.field).toBe('products');

    // Once those phrases answer for another product (or are deleted), the product goes.
    const after = applyDraftChanges(PRODUCT_PACK, [
      { kind: 'scope', ids: ['cup-warranty'], products: ['电热水壶'] },
      { kind: 'delete', ids: ['cup-clean'] },
      { kind: 'product-delete', names: ['儿童保温杯'] },
    ]);
    expect(after.products.map((entry) => entry.name)).toEqual(['电热水壶']);
    expect(scopes(after)).toEqual({ 'cup-warranty': ['电热水壶'], material: ['电热水壶'], holding: undefined });
  });

  it('sets and clears phrases’ scopes; [] means any product', () => {
    const draft = applyDraftChanges(PRODUCT_PACK, [
      { kind: 'scope', ids: ['holding', 'cup-clean'], products: ['电热水壶'] },
      { kind: 'scope', ids: ['material'], products: [] },
    ]);
    expect(scopes(draft)).toEqual({ 'cup-warranty': ['儿童保温杯'], 'cup-clean': ['电热水壶'], material: undefined, holding: ['电热水壶'] });
    expect(draft.phrases.find((phrase) => phrase.id === 'material')).not.toHaveProperty('products');
    expect(changedPhraseIds([{ kind: 'scope', ids: ['material'], products: [] }, { kind: 'product-delete', names: ['电热水壶'] }])).toEqual(new Set(['material']));
  });

  it('undo is the list without its last change: the deleted product and the scopes come back exactly', () => {
    const changes: DraftChange[] = [
      { kind: 'product-put', name: '儿童保温杯', product: { ...cup, name: '保温杯' } },
      { kind: 'product-delete', names: ['电热水壶'] },
    ];
    expect(applyDraftChanges(PRODUCT_PACK, changes.slice(0, 1)).products.map((entry) => entry.name)).toEqual(['保温杯', '电热水壶']);
    expect(applyDraftChanges(PRODUCT_PACK, changes.slice(0, 0))).toEqual(PRODUCT_PACK);
  });

  it('refuses what would not import, on the field it concerns, and changes to products the pack lacks', () => {
    const duplicate = refusal(() => applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-put', product: product({ name: '电热水壶' }) }]));
    expect(duplicate.message).toContain('商品名称 "电热水壶" 重复');
    expect(duplicate.field).toBe('name');

    const twoSkus = refusal(() =>
      applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-put', name: '儿童保温杯', product: { ...cup, skus: [...cup.skus, { name: '粉色 600ml', facts: {} }] } }]),
    );
    expect(twoSkus.message).toContain('SKU "粉色 600ml" 重复');
    expect(twoSkus.field).toBe('skus');

    const unknownScope = refusal(() => applyDraftChanges(PRODUCT_PACK, [{ kind: 'scope', ids: ['holding'], products: ['不存在的商品'] }]));
    expect(unknownScope.message).toContain('话术适用的商品 "不存在的商品" 不在这个包的 products 里');
    expect(unknownScope.field).toBe('products');

    expect(refusal(() => applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-put', name: '旧商品', product: cup }])).message).toContain('没有商品 "旧商品"');
    expect(refusal(() => applyDraftChanges(PRODUCT_PACK, [{ kind: 'product-delete', names: ['旧商品'] }])).message).toContain('没有商品 "旧商品"');
    expect(refusal(() => applyDraftChanges(PRODUCT_PACK, [{ kind: 'scope', ids: ['gone-001'], products: [] }])).message).toContain('没有话术 "gone-001"');
  });

  it('a change itself is checked before the draft: a fact name with a dot is refused with the format’s message', () => {
    const parsed = draftChangeSchema.safeParse({ kind: 'product-put', product: { name: '饭盒', facts: { '商品.保修': '一年' } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('参数名不能含 { } . |');
    expect(draftChangeSchema.safeParse({ kind: 'product-delete', names: [] }).error?.issues[0]?.message).toContain('至少选择一个商品');
  });
});
