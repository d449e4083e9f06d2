import { ORDER_STATES, type OrderState } from '../schemas/order-state';
import type { Thread } from '../schemas/thread';

/**
 * The order states a conversation shows: from platform notices (买家已付款, 卖家已发货 …) and
 * from the agent's own earlier turns (已经给您发货了), never from the buyer's word alone. A
 * phrase that `requires` a state is suggested only when the conversation shows it, so no reply
 * asserts an order, delivery, refund or invoice status nothing confirmed.
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
    if (message.role === 'buyer') continue;
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

/** States as bits (ORDER_STATES order), for the index's per-phrase column. */
export function orderStateMask(states: Iterable<OrderState>): number {
  let mask = 0;
  for (const state of states) mask |= 1 << ORDER_STATES.indexOf(state);
  return mask;
}

export function orderStatesOfMask(mask: number): OrderState[] {
  return ORDER_STATES.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
