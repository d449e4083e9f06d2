import { CLAUSE_BREAK, SENTENCE_BREAK } from './normalize-with-offsets';

/**
 * Words that turn what follows them into a refusal or a warning ("不会让您私下转账",
 * "请不要添加陌生人微信", "花呗不加价"). Longest first, so "不需要" wins over "不".
 */
const NEGATORS = [
  '请勿', '切勿', '谨防', '警惕', '严禁', '禁止', '杜绝', '拒绝', '拒收', '防止', '小心', '无需', '无须',
  '不需要', '不可以', '不要', '不会', '不能', '不可', '不用', '不必', '不得', '不再', '从不', '绝不', '并不', '从来不', '没有',
  '不', '没', '别', '勿',
];

/** Words that contain a negator's character but negate nothing that follows ("不好意思", "别人"). */
const NOT_NEGATING = [
  '不好意思', '不过', '不错', '不少', '不同', '不断', '不仅', '不久', '不但', '不然', '要不', '不管', '不论', '差不多',
  '不一定', '不客气', '不定期', '了不起', '来不及', '忍不住', '对不起', '不停', '不满', '不便', '不方便', '不好',
  '不清楚', '不知道', '不确定', '不太', '不包邮', '别人', '别的', '别家', '特别', '区别', '分别', '级别', '类别', '告别',
  '没事', '没关系', '没问题', '没收到', '没到', '没货',
  // "A-not-A" questions ask, they do not refuse: "能不能把差评改一下".
  '能不能', '可不可以', '是不是', '要不要', '会不会', '有没有', '好不好', '行不行', '对不对', '方不方便', '可以不可以', '愿不愿意',
];

/**
 * What may stand between a negator and the word it negates. A condition or a new request in
 * between ("不满意的话加我微信", "不方便可以加微信") means the negator belongs to something else.
 */
const GAP_BREAKERS = ['的话', '就', '可以', '要', '得', '但', '还', '才', '请', '麻烦', '需要', '只', '否则', '如果', '想'];
const MAX_GAP = 8;

/**
 * Said after the word, within the sentence: "加微信是违规的", "扫码付款都是诈骗", "那张卡片不是我们放的",
 * "让您加好友，一定不要加"
 * (but not "…是银行收的，不是我们": passing a fee on is no warning),
 * "其他买家的订单信息我们无法查询", "如果有人让您私下转账，千万不要相信".
 */
const WARNINGS_AFTER =
  /^[^。]{0,10}?(?:不允许|不被允许|不支持|不接受|不提倡|是不行的|是不可以的|违规|违法|骗子|诈骗|骗局|不安全|是假的|不是我们(?:的|放的|发的|寄的|店|官方|客服|本人|工作人员)|别信|不要信|不要相信|不要理会|请忽略|忽略|(?:一定|千万|请)(?:不要|别)(?:加|理|扫|转)|(?:无法|不能|不会|不方便|不便|不可以|没法|没办法)(?:帮您|为您|给您|向您|对外)?(?:查|透露|提供|告知|泄露|告诉|显示|公开))/u;

// Non-negating words are tried first at each position, so "不好意思" is consumed whole.
const NEGATOR_SCAN = new RegExp([...NOT_NEGATING, ...NEGATORS].sort((a, b) => b.length - a.length).join('|'), 'gu');
const NEGATOR_SET = new Set(NEGATORS);

/** Negator occurrences in a normalised text, as [start, end) ranges. */
export function findNegators(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(NEGATOR_SCAN)) {
    if (NEGATOR_SET.has(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** True when a negator governs the normalised range [start, end), or a warning follows it. */
export function isNegated(text: string, negators: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const negator of negators) {
    if (negator.end > start || start - negator.end > MAX_GAP) continue;
    const gap = text.slice(negator.end, start);
    if (gap.includes(CLAUSE_BREAK) || gap.includes(SENTENCE_BREAK)) continue;
    if (GAP_BREAKERS.some((breaker) => gap.includes(breaker))) continue;
    return true;
  }
  return WARNINGS_AFTER.test(text.slice(end));
}
