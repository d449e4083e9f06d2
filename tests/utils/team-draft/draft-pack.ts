import { packSchema, type Pack } from '../../../utils/schemas/pack';

/** A small team pack with topics: four after-sales phrases, one locked, and a declared topic to move them to. */
export const TEAM_PACK: Pack = packSchema.parse({
  format: 2,
  id: 'team-shop',
  name: '团队话术',
  version: '1.0.0',
  author: '主管',
  topics: [{ id: 'after-sales.slow-refund', category: 'after-sales', labels: { 'zh-CN': '退款慢', en: 'Slow refunds' } }],
  phrases: [
    { id: 'refund-001', text: '亲，退款会在审核后1到3个工作日原路退回哦～', category: 'after-sales', topic: 'after-sales.refund-progress', triggers: ['退款多久到'] },
    { id: 'refund-002', text: '亲，退款已经提交了，请留意银行卡到账通知～', category: 'after-sales', topic: 'after-sales.refund-progress', triggers: ['钱退了吗'] },
    { id: 'refund-003', text: '亲，支付宝付款的退款一般当天就到账哦～', category: 'after-sales', topic: 'after-sales.refund-progress', shortcut: 'tk' },
    { id: 'greet-001', text: '亲，欢迎光临，有什么可以帮您的吗？', category: 'greeting' },
  ],
  locked: { phrases: ['greet-001'] },
});

/**
 * A team pack of format 3 with two products: the cup (warranty, a SKU with its own capacity) and
 * the kettle (no warranty fact). Two phrases answer for the cup alone, one for both, one for any.
 */
export const PRODUCT_PACK: Pack = packSchema.parse({
  format: 3,
  id: 'team-goods',
  name: '团队商品话术',
  version: '1.0.0',
  author: '主管',
  products: [
    {
      name: '儿童保温杯',
      keywords: ['保温杯', '儿童杯'],
      ids: [{ platform: 'pdd', itemId: '6524871930' }],
      facts: { 保修: '整机保修一年', 材质: '316不锈钢', 容量: '400ml' },
      skus: [{ name: '粉色 600ml', facts: { 容量: '600ml' } }],
    },
    { name: '电热水壶', keywords: ['水壶'], facts: { 材质: '304不锈钢' } },
  ],
  phrases: [
    { id: 'cup-warranty', text: '亲，这款杯子{商品.保修}哦～', category: 'product', products: ['儿童保温杯'] },
    { id: 'cup-clean', text: '亲，杯盖可以拆下来用清水冲洗～', category: 'product', products: ['儿童保温杯'] },
    { id: 'material', text: '亲，材质是{商品.材质}，放心使用～', category: 'product', products: ['儿童保温杯', '电热水壶'] },
    { id: 'holding', text: '亲，我帮您确认一下，请稍等～', category: 'product', holding: true },
  ],
});
