import { CONTINUATION_WORDS, COURTESY_WORDS } from './context-cues';
import { normalizeText } from './normalize';

/** True when a buyer turn only acknowledges or prompts, e.g. "好的", "嗯嗯", "还有呢". */
export function isContinuation(turn: string): boolean {
  return isContinuationText(normalizeText(turn));
}

/** The same test on text that is already normalised. */
function isContinuationText(text: string): boolean {
  if (text.length === 0) return true;
  // Can the whole message be cut into continuation words? (dynamic programming over positions)
  const reachable = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= text.length; end += 1) {
    reachable[end] = CONTINUATION_FORMS.some(
      (word) => word.length <= end && reachable[end - word.length] === true && text.startsWith(word, end - word.length),
    );
  }
  return reachable[text.length] === true;
}

const CONTINUATION_FORMS: readonly string[] = [...new Set(CONTINUATION_WORDS.map(normalizeText))].filter(
  (word) => word.length > 0,
);


/**
 * Text the client or an anonymiser put into the message, not the buyer's own words: a product
 * or order card (`[商品卡片: 标题]`), a picture (`[图片]`), anonymised values (`[订单x]`,
 * `[数字1]`, `<电话>`). It is context, not the question.
 */
const INSERTED = /\[[^[\]]{1,80}\]|【[^【】]{0,40}(?:卡片|订单|商品)[^【】]{0,40}】|<[^<>]{1,20}>/gu;

/** True when a clause is only courtesy (谢谢, 人呢, 麻烦了): after a question it asks nothing new. */
function isCourtesy(clause: string): boolean {
  const text = normalizeText(clause);
  return text.length > 0 && COURTESY_FORMS.some((word) => text === word);
}

/** A question or a request: what makes courtesy beside it only courtesy. */
const ASKS = /[吗呢嘛？?不能]|什么|怎么|怎样|多久|多少|几|哪|能不能|能否|可以|可不可以|是否|有没有|有无|要|想|请|帮|麻烦|给我|给个/u;

const COURTESY_FORMS: readonly string[] = [...new Set(COURTESY_WORDS.map(normalizeText))].filter((word) => word.length > 0);

/**
 * The part of a message that says something: what the client inserted (cards, pictures,
 * anonymised values) is left out, and so are clauses (split at spaces and punctuation) that only
 * acknowledge or are courtesy beside a question — "好的 那退款以后怎么算" is a refund question and
 * "退款什么时候到 谢谢亲" is too, not a goodbye. A message of nothing else is kept whole.
 */
export function contentOf(message: string): string {
  const own = message.replace(INSERTED, ' ');
  const clauses = own.split(/[\s\p{P}\p{S}]+/u).filter((clause) => clause !== '');
  const content = clauses.filter((clause) => !isContinuation(clause));
  // Courtesy goes only beside a question or request: in "没了 谢谢" or "看到了 谢谢" it is the point.
  const asked = content.filter((clause) => !isCourtesy(clause));
  if (asked.length > 0 && ASKS.test(asked.join(' '))) return asked.join(' ');
  if (content.length > 0) return content.join(' ');
  const spoken = clauses.join(' ');
  return spoken === '' ? message : spoken;
}
