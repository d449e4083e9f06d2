/**
 * Facts about a conversation that do not come from the buyer's words. Pure data, read by
 * thread-context.ts; category ids are the built-in ones and are skipped when a library lacks them.
 */

/** A platform notice ("买家已拍下，待付款") that makes a category likely, and how strongly (0..1). */
export interface NoticeCue {
  readonly contains: string;
  readonly category: string;
  readonly weight: number;
}

export const NOTICE_CUES: readonly NoticeCue[] = Object.freeze([
  // ordered, not paid: the agent's next move is usually a payment reminder
  { contains: '待付款', category: 'urging-payment', weight: 0.9 },
  { contains: '未付款', category: 'urging-payment', weight: 0.9 },
  { contains: '待支付', category: 'urging-payment', weight: 0.9 },
  { contains: '未支付', category: 'urging-payment', weight: 0.9 },
  { contains: '支付失败', category: 'urging-payment', weight: 0.9 },
  { contains: '自动关闭', category: 'urging-payment', weight: 0.7 },
  // ordered, payment not mentioned: an address check comes first (STAGE_CUES), a reminder may follow
  { contains: '已拍下', category: 'urging-payment', weight: 0.3 },
  // paid or on its way: questions turn to dispatch and delivery
  { contains: '已付款', category: 'shipping', weight: 0.6 },
  { contains: '已支付', category: 'shipping', weight: 0.6 },
  { contains: '待发货', category: 'shipping', weight: 0.7 },
  { contains: '已发货', category: 'shipping', weight: 0.7 },
  { contains: '已揽收', category: 'shipping', weight: 0.7 },
  { contains: '运输中', category: 'shipping', weight: 0.7 },
  { contains: '派送中', category: 'shipping', weight: 0.7 },
  // received: problems with the goods
  { contains: '已签收', category: 'after-sales', weight: 0.5 },
  { contains: '确认收货', category: 'after-sales', weight: 0.5 },
  { contains: '交易成功', category: 'after-sales', weight: 0.4 },
  { contains: '退款', category: 'after-sales', weight: 0.9 },
  { contains: '退货', category: 'after-sales', weight: 0.9 },
  { contains: '换货', category: 'after-sales', weight: 0.9 },
  { contains: '售后', category: 'after-sales', weight: 0.9 },
  { contains: '发票', category: 'invoice', weight: 0.9 },
  { contains: '开票', category: 'invoice', weight: 0.9 },
]);

/**
 * Replies that only acknowledge or prompt ("好的", "嗯嗯", "还有呢"): a message made of nothing
 * else carries on the topic of the earlier turns rather than opening a new one.
 */
/**
 * Courtesy a buyer adds beside a question (谢谢, 人呢, 麻烦了): alone it may close or prompt the
 * conversation, but after a question it does not make the turn a goodbye or a greeting.
 */
export const COURTESY_WORDS: readonly string[] = Object.freeze([
  '谢谢',
  '谢谢亲',
  '谢谢啦',
  '谢谢你',
  '谢了',
  '多谢',
  '感谢',
  '辛苦了',
  '辛苦啦',
  '麻烦了',
  '麻烦你了',
  '麻烦您了',
  '人呢',
  '在吗',
  '在不在',
  '亲',
  '亲亲',
  '急',
  '着急',
  '快点',
]);

export const CONTINUATION_WORDS: readonly string[] = Object.freeze([
  '好的',
  '好滴',
  '好嘞',
  '好吧',
  '好',
  '嗯',
  '嗯呢',
  '哦',
  '噢',
  '喔',
  '奥',
  '行',
  '可以',
  '是的',
  '是',
  '对',
  '对的',
  '收到',
  '知道',
  '知道了',
  '明白',
  '明白了',
  '了解',
  '了解了',
  '懂了',
  '那',
  '那么',
  '然后',
  '然后呢',
  '还有',
  '还有呢',
  '呢',
  '啊',
  '呀',
  '吧',
  '了',
  '哈',
  '亲',
]);

/**
 * Categories whose phrases answer a turn only when it says nothing else yet: "你好 之前保价的
 * 问题还没回复" opens politely but asks about a price-protection claim.
 */
export const OPENING_CATEGORIES: readonly string[] = Object.freeze(['greeting']);

/**
 * Where the conversation stands, read from the whole thread, and which phrases answer that
 * stage first. A phrase "fits" when its text holds one word of every group in `phraseHas`.
 * `category` gets `confidence` (as a platform notice would) and its fitting phrases lead it.
 */
export interface StageCue {
  readonly stage: string;
  readonly when: {
    /** A platform notice holds one of these… */
    readonly noticeHas?: readonly string[];
    /** …and none of these (an unpaid order is a payment reminder, not yet an address check). */
    readonly noticeLacks?: readonly string[];
    /** A buyer turn (the latest or an earlier one) holds one of these. */
    readonly buyerHas?: readonly string[];
    /** The agent has not said any of these yet. */
    readonly agentLacks?: readonly string[];
  };
  readonly category: string;
  readonly confidence: number;
  readonly phraseHas: readonly (readonly string[])[];
}

/** Words that say a buyer is upset with what they got or how they were treated. */
export const COMPLAINT_WORDS: readonly string[] = Object.freeze([
  '投诉', '差评', '举报', '12315', '坏了', '坏的', '破了', '破损', '烂了', '碎了', '发错', '少发', '漏发',
  '质量问题', '太差', '垃圾', '骗子', '骗人', '生气', '失望', '不满意', '什么破', '态度', '恶心', '过期', '变质',
]);

/** Words of an apology, in a phrase or in what the agent already said. */
export const APOLOGY_WORDS: readonly string[] = Object.freeze(['抱歉', '歉意', '对不起', '不好意思', '给您添麻烦']);

const UNPAID_WORDS: readonly string[] = ['待付款', '未付款', '待支付', '未支付', '支付失败'];

/**
 * Words that say the buyer's order is past its dispatch date or they are chasing it (怎么还没发,
 * 都过了, 到底啥时候发): a case to look into, which a policy (48小时内发货) does not answer. Not
 * 还没发 alone: "还没发吧？能改地址吗" asks before anything is late.
 */
export const DISPATCH_OVERDUE_WORDS: readonly string[] = Object.freeze([
  '怎么还没发', '咋还没发', '为什么还没发', '为啥还没发', '怎么还不发', '咋还不发', '还不发', '再不发', '到底发不发',
  '到底啥时候发', '到底什么时候发', '到底哪天发', '到底什么时候能发', '都过了', '已经过了', '超过承诺',
]);

/** Likewise for a refund or an after-sales request nobody has handled yet. */
export const REFUND_OVERDUE_WORDS: readonly string[] = Object.freeze([
  '怎么还没退', '还不退', '还没到账', '没到账', '还没审核', '怎么还没审核', '一直没人处理', '一直不处理', '怎么还没处理',
]);

/** Words of a reply that looks into this buyer's case or chases it. */
const LOOK_INTO_WORDS: readonly string[] = ['查一下', '帮您查', '催', '跟进'];

export const STAGE_CUES: readonly StageCue[] = Object.freeze([
  {
    stage: 'ordered: confirm the address',
    when: { noticeHas: ['已拍下', '已下单', '下单成功', '提交订单'], noticeLacks: UNPAID_WORDS },
    category: 'shipping',
    confidence: 0.85,
    phraseHas: [['核对', '确认'], ['地址', '收货信息']],
  },
  {
    stage: 'unpaid: remind to pay',
    when: { noticeHas: UNPAID_WORDS },
    // NOTICE_CUES already make the reminder likely; the stage only puts the plain reminder first —
    // one that says the order waits and what paying brings, not any phrase that says 待付款
    // (合并付款 in the 待付款 list, a charge not yet shown as paid).
    category: 'urging-payment',
    confidence: 0,
    phraseHas: [['待付款', '还没付款', '未付款', '还没付'], ['付款后', '有疑问', '有什么疑问']],
  },
  {
    // A policy is the wrong answer to a case: "都5天了还没发" is answered by looking into this order.
    stage: 'overdue: look into the order',
    when: { buyerHas: DISPATCH_OVERDUE_WORDS },
    category: 'shipping',
    confidence: 0,
    phraseHas: [LOOK_INTO_WORDS],
  },
  {
    stage: 'overdue refund: look into it',
    when: { buyerHas: REFUND_OVERDUE_WORDS },
    category: 'after-sales',
    confidence: 0,
    phraseHas: [LOOK_INTO_WORDS],
  },
  {
    stage: 'complaint: apologise before the solution',
    when: { buyerHas: COMPLAINT_WORDS, agentLacks: APOLOGY_WORDS },
    category: 'after-sales',
    confidence: 0,
    phraseHas: [APOLOGY_WORDS],
  },
]);

/** The category whose phrase opens a conversation: the agent's first reply includes one. */
export const FIRST_REPLY_CATEGORY = 'greeting';

/** The category of questions about the item itself, whose answers are the product's facts. */
export const PRODUCT_CATEGORY = 'product';

/**
 * What a buyer's own data is called, in a phrase that asks for it and in a buyer turn that
 * gives it. A phrase asking for one of these (订单号发我, 告诉我身高体重) is the wrong reply to a
 * buyer who just sent it.
 */
export const DETAIL_WORDS: readonly string[] = Object.freeze([
  '订单号', '单号', '订单信息', '地址', '收货信息', '收件人', '电话', '手机号', '号码', '身高', '体重', '尺码',
  '照片', '图片', '截图', '视频', '抬头', '税号', '邮箱', '型号', '数量', '具体情况', '哪两款', '哪一款', '尺寸',
  '收件信息', '开票资料', '开票信息', '链接',
]);

/** How a phrase asks for something: 发我, 告诉我, 提供, 拍给我 … */
export const ASKING_WORDS: readonly string[] = Object.freeze(['发我', '发给我', '发一下', '告诉我', '提供', '拍给我', '拍一下', '拍个', '说一下', '报一下']);

/** What a buyer says when the thing the agent asked for is sent (after an agent's request). */
export const SENT_WORDS: readonly string[] = Object.freeze(['发了', '拍了', '拍好了', '给你了', '发你了', '你看', '看下图', '看图']);
