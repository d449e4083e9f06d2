import { ORDER_STATES, type OrderState } from '../schemas/order-state';
import type { Thread } from '../schemas/thread';

/**
 * The order states a conversation shows: from platform notices (买家已付款, 卖家已发货 …) and
 * from the agent's own earlier turns (已经给您发货了), never from the buyer's word alone — with one
 * exception: a request the buyer says they made themselves (我申请了退款, 点错申请成仅退款了) is
 * theirs to know, so it shows `refund-requested`. A phrase that `requires` a state is suggested
 * only when the conversation shows it, so no reply asserts an order, delivery, refund or invoice
 * status nothing confirmed.
 */
const STATE_CUES: Readonly<Record<OrderState, RegExp>> = {
  ordered: /已拍下|待付款|已下单|拍下了|订单已提交|未付款/,
  paid: /已付款|付款成功|已支付|支付成功|待发货|已经付款/,
  shipped: /已发货|卖家已发货|已揽收|揽件|运输中|派送中|派件中|已寄出|(?:已经|已)(?:给您|为您|帮您)?发出|发货了/,
  delivered: /已签收|签收成功|已送达|确认收货|交易成功|已收货/,
  'refund-requested': /申请退款|退款申请|申请了退款|退货申请|申请售后|售后申请|退款中|退货退款/,
  refunded: /退款成功|已退款|退款已完成|退款完成|已退回|钱已退|已经退款/,
  'invoice-issued': /已开票|发票已开|开票成功|已开具|发票已开具|开好发票|发票已发送/,
};

/**
 * The buyer's own account of a request they made (申请了退款, 申请成仅退款了, 已经申请售后了,
 * 退款申请提交了): past tense only, so 怎么申请退款 shows nothing.
 */
const BUYER_REQUEST_MADE =
  /申请(?:了|成)(?:个)?(?:退款|退货|仅退款|售后|换货)|(?:已经|已)申请(?:了)?(?:退款|退货|仅退款|售后|换货)|(?:退款|退货|售后)申请(?:已经)?(?:提交|交)了|提交了(?:退款|退货|售后)/;

/** What a later state implies: a delivered parcel was shipped, a shipped order was paid. */
const IMPLIES: Readonly<Partial<Record<OrderState, readonly OrderState[]>>> = {
  paid: ['ordered'],
  shipped: ['paid', 'ordered'],
  delivered: ['shipped', 'paid', 'ordered'],
  refunded: ['refund-requested'],
};

/** A state named only to be denied (还没发货, 未签收) shows nothing. */
const DENIAL_BEFORE = /(?:还没|没有|尚未|未|没)$/;

export function orderStatesShown(thread: Thread): Set<OrderState> {
  const shown = new Set<OrderState>();
  for (const message of thread.messages) {
    if (message.role === 'buyer') {
      if (BUYER_REQUEST_MADE.test(message.text)) shown.add('refund-requested');
      continue;
    }
    for (const state of ORDER_STATES) {
      const match = STATE_CUES[state].exec(message.text);
      if (!match || DENIAL_BEFORE.test(message.text.slice(Math.max(0, match.index - 2), match.index))) continue;
      shown.add(state);
      for (const implied of IMPLIES[state] ?? []) shown.add(implied);
    }
  }
  return shown;
}

/**
 * A reply that speaks only of an order not yet shipped (订单还没发货可以取消的, 趁还没发货重新拍,
 * 发货前都能帮您改; not 发货前会检查包装, a habit of the shop's):
 * once the conversation shows the parcel left, it tells the buyer the opposite of what they see.
 * A reply that also covers the shipped case (还没发货可以取消；已经发出的可以拒收) is not one.
 */
const NOT_SHIPPED_YET = /(?:还没有?|没有?|尚未|未)(?:安排)?发(?:货|出)|发货前(?:都|也)?(?:能|可以)?(?:帮您)?(?:改|修改|取消|合并)/;
const SHIPPED_CASE = /已(?:经)?(?:发货|发出)|发货了|发出了|发出后|发走了|拦截|拒收|在路上|物流/;

export function presumesNotShipped(text: string): boolean {
  return NOT_SHIPPED_YET.test(text) && !SHIPPED_CASE.test(text);
}

/**
 * The buyer's latest turn says the order has not left yet: they ask the shop to hold or delay
 * dispatch (先别发, 晚几天再发, 等我回来再发) or say it has not shipped (怎么还没发货). Asked of an
 * order nothing shows shipped, a reply about a parcel on its way (派送网点先留几天, 包裹卡在哪儿)
 * answers a case the buyer does not have: reviewers rejected it as "未发货却说联系网点".
 */
const BUYER_NOT_SHIPPED = /还没(?:有)?发(?:货|出)?|还不发|没发货|未发货|先别发|别发了|暂缓发|不要发|(?:晚|迟|推迟|延迟|过)(?:几天|两天|一周|点|些|一点|一段时间)?(?:再)?发(?:货)?|等我.{0,8}再发/;

/** A reply about a parcel already on its way: held at a delivery point, stuck somewhere, in transit. */
const PARCEL_ON_ITS_WAY = /派送网点|包裹(?:卡在|到哪|留在|现在在|走到)|在路上|转运/;

export function buyerSaysNotShipped(buyerTurn: string): boolean {
  return BUYER_NOT_SHIPPED.test(buyerTurn);
}

/** Whether a reply speaks only of a parcel on its way (a reply that also covers an order not yet sent is not one). */
export function presumesShipped(text: string): boolean {
  return PARCEL_ON_ITS_WAY.test(text) && !NOT_SHIPPED_YET.test(text);
}

/** States as bits (ORDER_STATES order), for the index's per-phrase column. */
export function orderStateMask(states: Iterable<OrderState>): number {
  let mask = 0;
  for (const state of states) mask |= 1 << ORDER_STATES.indexOf(state);
  return mask;
}

export function orderStatesOfMask(mask: number): OrderState[] {
  return ORDER_STATES.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
