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
