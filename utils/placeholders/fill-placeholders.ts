import type { PlaceholderName } from '../schemas/phrase';
import { PLACEHOLDER_TOKEN, type AnyPlaceholderName } from './unfilled-placeholders';
import type { Settings } from '../schemas/settings';
import type { Thread } from '../schemas/thread';

export interface PlaceholderValues {
  shopName: string;
  agentName: string;
  buyerNickname?: string | undefined;
  orderNumber?: string | undefined;
}

/**
 * Order numbers as buyers and platforms show them: after 订单号/订单编号, or a bare run of 15+
 * digits (PDD, Taobao and JD order numbers are 15–24 digits; phone numbers are 11).
 */
const LABELLED_ORDER_NUMBER = /订单(?:编号|号)?\s*[:：]?\s*([0-9][0-9-]{7,29})/;
const BARE_ORDER_NUMBER = /(?<![0-9])([0-9]{15,24})(?![0-9])/;

/** The most recent order number the thread shows, buyer or system turns only. */
export function orderNumberIn(thread: Thread): string | undefined {
  for (let index = thread.messages.length - 1; index >= 0; index -= 1) {
    const message = thread.messages[index];
    if (!message || message.role === 'agent') continue;
    const match = LABELLED_ORDER_NUMBER.exec(message.text) ?? BARE_ORDER_NUMBER.exec(message.text);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

export function placeholderValuesFor(settings: Settings, thread: Thread | null): PlaceholderValues {
  return {
    shopName: (thread && settings.shopNamesBySite[thread.site]) || settings.shopName,
    agentName: settings.agentName,
    buyerNickname: thread?.buyer?.nickname,
    orderNumber: thread ? orderNumberIn(thread) : undefined,
  };
}

/**
 * What each placeholder becomes. An empty shop or agent name reads naturally as a neutral word or
 * nothing ("我是客服{客服名}，" → "我是客服，"). {订单号} and {日期} stay for the agent to fill: a
 * wrong order number or date in a reply is worse than a visible gap.
 */
function valueFor(name: AnyPlaceholderName, values: PlaceholderValues): string | undefined {
  switch (name as PlaceholderName) {
    case '店铺名':
      return values.shopName || '本店';
    case '客服名':
      return values.agentName;
    case '买家':
      return values.buyerNickname || '亲';
    case '订单号':
      return values.orderNumber;
    case '日期':
    case '金额':
    case '天数':
    case '时间':
      // This buyer's own figures, looked up by the agent: left as a selected blank.
      return undefined;
    default:
      // A product fact the worker could not fill (product-placeholders.ts): the agent's blank.
      return undefined;
  }
}

export interface FilledPhrase {
  text: string;
  /** Placeholders still in the text, for the agent to complete before sending. */
  unfilled: AnyPlaceholderName[];
}

export function fillPlaceholders(text: string, values: PlaceholderValues): FilledPhrase {
  const unfilled = new Set<AnyPlaceholderName>();
  const filled = text.replace(PLACEHOLDER_TOKEN, (whole, name: AnyPlaceholderName) => {
    const value = valueFor(name, values);
    if (value === undefined) {
      unfilled.add(name);
      return whole;
    }
    return value;
  });
  return { text: filled, unfilled: [...unfilled] };
}
