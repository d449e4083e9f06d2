import { ASKING_WORDS, DETAIL_WORDS, SENT_WORDS } from './context-cues';
import type { ThreadTurns } from './thread-turns';

/**
 * A value a client or a research corpus replaced with a tag: numbered ([电话3]) or not ([电话x],
 * the form the public corpora use).
 */
const ANONYMISED_VALUE = /\[[^\[\]]{1,8}(?:\d+|x)\]/iu;

/**
 * The buyer says, unasked, that the pictures are sent (图片发你了, 照片我拍了, 视频已经发过去了,
 * 我拍照了): a reply asking for pictures asks again.
 */
const PICTURES_SENT = /(?:图片?|照片|视频|截图)(?:我|也)?(?:已经)?(?:发|拍|传)(?:你|给你|过去|上去)?了|(?:已经|我)?(?:拍照|拍视频)了|(?:发|拍)(?:了|好了)(?:照片|图片|视频)/u;

/**
 * Whether the buyer's latest turn already carries their own details: a value the client or a
 * research corpus anonymised ([地址1], [订单2], [电话x]), a number of two digits or more (165,
 * 120斤, 60cm), word that the pictures are sent, or — right after the agent asked for something —
 * word that it was sent (发了, 拍好了).
 */
export function buyerGaveDetails(reading: ThreadTurns): boolean {
  const turn = reading.buyerTurn ?? '';
  if (ANONYMISED_VALUE.test(turn) || /\d{2,}/u.test(turn) || PICTURES_SENT.test(turn)) return true;
  const agentAsked = reading.agentTurn !== null && asksForDetails(reading.agentTurn);
  return agentAsked && SENT_WORDS.some((word) => turn.includes(word));
}

/**
 * Whether a text (a phrase, an agent's turn) asks the buyer for their details: a detail word
 * shortly before an asking word (订单号发我一下) or shortly after one (告诉我您的身高) — not both
 * anywhere in the text, or 收到新地址了…有不对的随时告诉我 would count.
 */
export function asksForDetails(text: string): boolean {
  for (const detail of DETAIL_WORDS) {
    for (let at = text.indexOf(detail); at !== -1; at = text.indexOf(detail, at + 1)) {
      const after = text.slice(at + detail.length, at + detail.length + DETAIL_THEN_ASKING);
      const before = text.slice(Math.max(0, at - ASKING_THEN_DETAIL), at);
      if (ASKING_WORDS.some((asking) => after.includes(asking) || before.includes(asking))) return true;
    }
  }
  return false;
}

/**
 * Whether a text (a phrase) opens by saying the buyer's details came in (订单号收到啦, 新的收货信息收到了,
 * 开票信息收到了, 照片看到了): within its first clause, a detail the buyer sends, then 收到 or 看到.
 * Sent to a buyer who gave none, it claims what the thread does not show.
 */
export function acknowledgesDetails(text: string): boolean {
  const opening = text.split(/[。！？；!?;]/u, 1)[0] ?? '';
  return ACKNOWLEDGED_DETAILS.test(opening.slice(0, ACKNOWLEDGEMENT_WITHIN));
}

const ACKNOWLEDGED_DETAILS = /(?:信息|订单号|单号|地址|照片|图片|截图|视频|资料|税号|抬头)(?:我|都)?(?:已经)?(?:收到|看到)(?:了|啦|咯)/u;
/** The acknowledgement opens the reply: 亲，新的收货信息收到了 — not 收到后把照片发我. */
const ACKNOWLEDGEMENT_WITHIN = 16;

/** How close the words must be (characters between): 订单号和收货地址发我 / 告诉我您平时的尺码. */
const DETAIL_THEN_ASKING = 12;
const ASKING_THEN_DETAIL = 8;
