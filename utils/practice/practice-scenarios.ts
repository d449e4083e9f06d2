import type { PracticeScenario } from './practice-scenario-schema';

/**
 * Practice buyers for new agents, after the flows in the onboarding manuals (docs/design-notes.md,
 * "Response times and practice flows"):
 * the standard pre-sale flow with its platform notices; 售后 for a damaged item (登记, 补发 or
 * 退换, who pays the postage); and 投诉, where the manual's order is listen, agree with the
 * feeling, apologise, then offer the remedy and follow up. Buyer lines are written for this
 * product, short and colloquial as buyers type. 商品问答: a buyer sends the card of one of the
 * demo shop's products (phrases/demo-shop-pack.json) and asks what its facts answer (the door
 * types it fits, its warranty, an error message) and one they do not (the shell's material:
 * the honest reply is a holding one).
 * Not parsed here (this module loads before an entrypoint sets zod to jitless); the scenario
 * test checks every entry against `practiceScenariosSchema`.
 */
export const PRACTICE_SCENARIOS: readonly PracticeScenario[] = [
  {
    id: 'practice-standard',
    kind: 'standard',
    topic: '练习·标准流程',
    buyer: { id: 'buyer-xiaoman', nickname: '小满爱喝水' },
    product: '316不锈钢保温杯 500ml 奶白',
    turns: [
      {
        stage: 'greeting',
        messages: [
          { role: 'buyer', text: '在吗在吗' },
          { role: 'buyer', text: '想问下这个杯子' },
        ],
        expect: ['greeting'],
      },
      { stage: 'consulting', messages: [{ role: 'buyer', text: '能装开水吗？保温大概能多久啊' }], expect: ['product'] },
      {
        stage: 'bargaining',
        messages: [
          { role: 'buyer', text: '一百多有点贵诶' },
          { role: 'buyer', text: '能便宜点不，老板' },
        ],
        expect: ['bargaining'],
      },
      {
        stage: 'urging-payment',
        messages: [
          { role: 'system', text: '买家已拍下，待付款' },
          { role: 'buyer', text: '先拍了哈，晚点再付' },
        ],
        expect: ['urging-payment'],
      },
      {
        stage: 'address-check',
        messages: [
          { role: 'system', text: '买家已付款' },
          { role: 'buyer', text: '付好了，啥时候能发货呀' },
        ],
        expect: ['shipping'],
      },
      { stage: 'farewell', messages: [{ role: 'buyer', text: '好嘞 那我等快递啦，谢谢' }], expect: ['farewell'] },
    ],
  },
  {
    id: 'practice-after-sales',
    kind: 'after-sales',
    topic: '练习·售后破损',
    buyer: { id: 'buyer-lanlan', nickname: '岚岚的小屋' },
    product: '玻璃密封收纳罐 3只装',
    turns: [
      {
        stage: 'after-sales',
        messages: [
          { role: 'system', text: '买家已确认收货' },
          { role: 'buyer', text: '亲 罐子今天到了' },
          { role: 'buyer', text: '有一只盖子裂了一道缝…' },
        ],
        expect: ['after-sales', 'greeting'],
      },
      { stage: 'after-sales', messages: [{ role: 'buyer', text: '照片拍好了，你看下，快递盒也压坏了' }], expect: ['after-sales'] },
      { stage: 'after-sales', messages: [{ role: 'buyer', text: '能单独补发个盖子不？不想整套退' }], expect: ['after-sales'] },
      { stage: 'after-sales', messages: [{ role: 'buyer', text: '补发的运费要我出吗' }], expect: ['after-sales', 'shipping'] },
      { stage: 'farewell', messages: [{ role: 'buyer', text: '行，那等你们补发哈，辛苦啦' }], expect: ['farewell', 'after-sales'] },
    ],
  },
  {
    id: 'practice-complaint',
    kind: 'complaint',
    topic: '练习·投诉安抚',
    buyer: { id: 'buyer-laozhou', nickname: '老周脾气急' },
    product: '儿童护眼学习台灯',
    turns: [
      {
        stage: 'complaint',
        messages: [
          { role: 'system', text: '买家已付款' },
          { role: 'buyer', text: '都三天了还不发货？？' },
          { role: 'buyer', text: '你们到底卖不卖' },
        ],
        expect: ['after-sales', 'shipping'],
      },
      { stage: 'complaint', messages: [{ role: 'buyer', text: '页面上写的48小时发货，骗人的吧，我要投诉' }], expect: ['after-sales', 'shipping'] },
      { stage: 'complaint', messages: [{ role: 'buyer', text: '今天能发出去吗？发不了我直接退款' }], expect: ['shipping', 'after-sales'] },
      { stage: 'complaint', messages: [{ role: 'buyer', text: '行吧，单号出来了发我' }], expect: ['shipping'] },
      { stage: 'farewell', messages: [{ role: 'buyer', text: '嗯，知道了' }], expect: ['farewell'] },
    ],
  },
  {
    id: 'practice-product',
    kind: 'product',
    topic: '练习·商品问答',
    buyer: { id: 'buyer-axin', nickname: '阿欣在装修' },
    product: '全自动指纹智能门锁',
    turns: [
      {
        stage: 'greeting',
        messages: [
          { role: 'buyer', text: '全自动指纹智能门锁 家用防盗门密码锁 电子锁 可视猫眼', card: { itemId: '100049921746' } },
          { role: 'buyer', text: '在吗，问下这个锁' },
        ],
        expect: ['greeting'],
      },
      { stage: 'consulting', messages: [{ role: 'buyer', text: '我家就是普通的防盗门，装得上不' }], expect: ['product'] },
      { stage: 'consulting', messages: [{ role: 'buyer', text: '装好了保修几年？' }], expect: ['after-sales', 'product'] },
      { stage: 'consulting', messages: [{ role: 'buyer', text: '我朋友家那个老是提示系统锁定，是坏了吗' }], expect: ['product', 'after-sales'] },
      { stage: 'consulting', messages: [{ role: 'buyer', text: '面板外壳是啥材质的，会不会生锈' }], expect: ['product'] },
      { stage: 'farewell', messages: [{ role: 'buyer', text: '行，我跟家里商量下，谢啦' }], expect: ['farewell'] },
    ],
  },
];
