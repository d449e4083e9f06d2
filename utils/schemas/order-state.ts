import { z } from 'zod/mini';

/**
 * Order states a phrase may presume (`requires`): such a phrase is suggested only when a platform
 * notice or the agent's own earlier turn in the conversation shows the state, so no reply asserts
 * what nothing confirmed. Spreadsheets name them in Chinese or English.
 */
export const ORDER_STATES = ['ordered', 'paid', 'shipped', 'delivered', 'refund-requested', 'refunded', 'invoice-issued'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const orderStateSchema = z.enum(ORDER_STATES, {
  error: `适用状态只能是 ${ORDER_STATES.join(', ')}（或中文 已下单、已付款、已发货、已签收、已申请退款、已退款、已开票），例如 "shipped" / requires: one of ${ORDER_STATES.join(', ')}`,
});

export const ORDER_STATE_LABELS: Readonly<Record<OrderState, { 'zh-CN': string; en: string }>> = Object.freeze({
  ordered: { 'zh-CN': '已下单', en: 'ordered' },
  paid: { 'zh-CN': '已付款', en: 'paid' },
  shipped: { 'zh-CN': '已发货', en: 'shipped' },
  delivered: { 'zh-CN': '已签收', en: 'delivered' },
  'refund-requested': { 'zh-CN': '已申请退款', en: 'refund requested' },
  refunded: { 'zh-CN': '已退款', en: 'refunded' },
  'invoice-issued': { 'zh-CN': '已开票', en: 'invoice issued' },
});

/** A spreadsheet's state name (Chinese or English) → the state, or undefined. */
export function orderStateNamed(name: string): OrderState | undefined {
  const wanted = name.trim().toLowerCase();
  for (const state of ORDER_STATES) {
    const labels = ORDER_STATE_LABELS[state];
    if (wanted === state || wanted === labels.en || wanted === labels['zh-CN']) return state;
  }
  return undefined;
}
