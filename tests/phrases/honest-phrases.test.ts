import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../utils/packs/default-pack';

/**
 * No default phrase asserts an order, delivery, refund or invoice status the conversation does
 * not show. A phrase that does carries the state as data (`requires`), and the engine offers it
 * only when a platform notice or the agent's own turn shows that state. This lists every
 * phrase without `requires` that states such a status as a fact about this buyer's order.
 */

/** A status stated as done: 已发货, 已经签收, 退款已退回, 发票已开好, 已经到您的城市, 正在派送 … */
const STATUS = /(?:已经?|已)(?:给您|为您|帮您)?(?:发货|发出|寄出|签收|揽收|退款|退回|开票|开好|开具|到您的城市|到当地|送达)|退款已经?|发票已经?开|(?:正在|已经在|目前在)(?:派送|运输)/;
/**
 * A clause that only supposes the status, asks about it, quotes it or describes a kind of order
 * (如果已发货 / 已经寄出的 / “已发货” / 没有签收 / 显示已签收 / 已经签收了也能退) asserts nothing.
 */
const NOT_AN_ASSERTION = /如果|若|一旦|要是|的话|等|待|之后|以后|后|吗|？|\?|没有|还没|未|是否|显示|看到|查到|系统|物流信息|或者|也能|也可以|“|”|"/;
const DESCRIBES_A_KIND = (clause: string, match: RegExpExecArray): boolean => clause[match.index + match[0].length] === '的';

function statusAssertions(text: string): string[] {
  const found: string[] = [];
  for (const clause of text.split(/[，。！；,!;～~\n]/)) {
    const match = STATUS.exec(clause);
    if (match && !NOT_AN_ASSERTION.test(clause) && !DESCRIBES_A_KIND(clause, match)) found.push(clause);
  }
  return found;
}

describe('honest phrases in the default pack', () => {
  it('finds a status stated as a fact, and leaves suppositions, questions and quotations alone', () => {
    expect(statusAssertions('亲，包裹已经到您的城市了，今天就能送到')).toEqual(['包裹已经到您的城市了']);
    expect(statusAssertions('退款已经退回您的账户，请注意查收')).toEqual(['退款已经退回您的账户']);
    expect(statusAssertions('亲，发票已经开好了')).toEqual(['发票已经开好了']);
    expect(statusAssertions('已经签收了也能处理的')).toEqual([]);
    expect(statusAssertions('如果已经发货了，可以拒收后申请退款')).toEqual([]);
    expect(statusAssertions('已经签收的先别拆，拍照给我')).toEqual([]);
    expect(statusAssertions('订单状态会变成“已发货”')).toEqual([]);
  });

  it('has no phrase without `requires` that states an order, delivery, refund or invoice status', () => {
    const offenders = defaultPack().phrases
      .filter((phrase) => phrase.requires === undefined)
      .flatMap((phrase) => statusAssertions(phrase.text).map((clause) => `${phrase.id}: ${clause}`));
    expect(offenders).toEqual([]);
  });

  it('gives every default phrase a topic of its category', () => {
    expect(defaultPack().phrases.filter((phrase) => phrase.topic === undefined || !phrase.topic.startsWith(`${phrase.category}.`)).map((phrase) => phrase.id)).toEqual([]);
  });
});
