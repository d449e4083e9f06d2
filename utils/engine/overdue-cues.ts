/**
 * A buyer who counts the days (退款啥时候到账 都5天了, 等了半个月了, 好几天了) is asking about their
 * own late case, not about the shop's usual timings: the reviewers' rule that generic transit or
 * refund times fit a general "几天到" but not an overdue parcel or refund. So a phrase that only
 * quotes the usual timings gives way, within its category, to one that looks into this case.
 * It sits beside the stage cues of context-cues.ts (DISPATCH_OVERDUE_WORDS, REFUND_OVERDUE_WORDS),
 * which lift a look-up to the lead when the buyer chases (怎么还没发, 还没到账); this one reads the days
 * counted (都5天了) in any category and only lowers the usual timings, as ASKS_AGAIN_PENALTY lowers a
 * request for details already given.
 */

/**
 * Time already waited, as buyers write it: 都/已经/等了/过了 + a count + a unit + 了 (都三天了, 已经
 * 一个星期了, 等了两周了, 都等20天了, 都第12天了), the counts that need no number (好几天了, 半个月了,
 * 这么久), or a date already reached (今天都25号了, 都[日期]了: the promised day has come and gone).
 */
const WAITED =
  /(?:都|已经|等了|过了)\s*(?:等了?|过了?)?\s*第?\s*(?:\d+|[一二两三四五六七八九十几半]+)\s*个?\s*(?:天|周|星期|礼拜|月)(?:了|多了|多)|好几天了|半个月了|一个?(?:星期|礼拜)了|这么多天了|这么久(?:了|还)|(?:今天|现在)?都\s*(?:\[日期\w*\]|(?:\d+\s*月\s*)?\d+\s*[号日])\s*了/u;

/**
 * The usual timings: a range of days or hours (1-3个工作日, 2到4天), a deadline in hours (48小时内)
 * or a typical count of days or hours (一般3天, 一般两个工作日, 一般要过几个小时).
 */
const USUAL_TIMING = /\d+\s*[-~～到]\s*\d+\s*个?\s*(?:工作日|天|小时)|\d+\s*小时内|一般[^。；，！？]{0,8}(?:\d+|[一二两三四五六七])\s*个?\s*(?:工作日|天)|一般[^。；，！？]{0,6}几个?小时/u;

/** Words of a reply that looks into this case (我帮您查一下, 跟仓库确认一下, 帮您催). */
const LOOKS_INTO_IT = /查|看一下|问一下|确认一下|催/u;

/** Whether the buyer's turn says how long they have already waited. */
export function saysItIsOverdue(buyerTurn: string): boolean {
  return WAITED.test(buyerTurn);
}

/** Whether a phrase quotes the usual timings without looking into this buyer's case. */
export function quotesUsualTimingOnly(phraseText: string): boolean {
  return USUAL_TIMING.test(phraseText) && !LOOKS_INTO_IT.test(phraseText);
}
