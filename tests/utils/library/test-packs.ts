import type { PackInput } from '../../../utils/schemas/pack';

/** A tea shop's own pack: one custom category, phrases in built-in and custom categories. */
export const TEA_SHOP_PACK = {
  format: 1,
  id: 'tea-shop',
  name: '茶叶店话术',
  version: '1.0.0',
  author: '茶叶店客服主管',
  categories: [{ id: 'brewing', labels: { 'zh-CN': '冲泡方法', en: 'Brewing' } }],
  phrases: [
    {
      id: 'brew-001',
      text: '亲，绿茶建议用80度左右的水冲泡，第一泡十几秒就可以出汤啦～',
      category: 'brewing',
      triggers: ['怎么泡', '水温多少'],
      shortcut: 'pf',
    },
    {
      id: 'ship-001',
      text: '亲，今天下午四点前付款的订单当天就能发出哦～',
      category: 'shipping',
      triggers: ['什么时候发货'],
    },
  ],
} satisfies PackInput;

/** The same pack, a later version: one phrase changed, one added, one gone. */
export const TEA_SHOP_PACK_V2 = {
  ...TEA_SHOP_PACK,
  version: '1.1.0',
  phrases: [
    {
      id: 'brew-001',
      text: '亲，绿茶用80度的水，红茶用95度左右的水冲泡口感最好哦～',
      category: 'brewing',
      triggers: ['怎么泡', '水温多少'],
      shortcut: 'pf',
    },
    {
      id: 'brew-002',
      text: '亲，冷泡也可以的，放冰箱四个小时左右就能喝啦～',
      category: 'brewing',
      triggers: ['能冷泡吗'],
    },
  ],
} satisfies PackInput;

/** A second pack that declares the same custom category as the tea shop. */
export const SEASONAL_PACK = {
  format: 1,
  id: 'seasonal',
  name: '节日活动话术',
  version: '2026.11.23',
  author: '运营',
  categories: [{ id: 'brewing', labels: { 'zh-CN': '冲泡方法' } }],
  phrases: [
    {
      id: 'gift-001',
      text: '亲，双十二期间买两盒送一个冲泡杯哦～',
      category: 'bargaining',
      triggers: ['有赠品吗'],
    },
    {
      id: 'brew-gift',
      text: '亲，送的冲泡杯可以直接放茶叶冲泡，很方便的～',
      category: 'brewing',
    },
  ],
} satisfies PackInput;
