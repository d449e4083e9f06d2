import { ASKING_WORDS, DETAIL_WORDS, SENT_WORDS } from './context-cues';
import type { ThreadTurns } from './thread-turns';

/**
 * A value a client or a research corpus replaced with a tag: numbered ([电话3]) or not ([电话x],
 * the form the public corpora use).
 */
const ANONYMISED_VALUE = /\[[^\[\]]{1,8}(?:\d+|x)\]/iu;

/**
 * The buyer says, unasked, that the pictures are sent (图片发你了, 照片我拍了, 视频已经发过去了,
 * 我拍照了, 拍照给你们了, 照片你看下 — not 拍照给你看, which may be a promise), or a picture word
 * stands beside a link the client or a corpus put in its place (照片[链接1], [链接x] 图片你看): a
 * reply asking for pictures asks again.
 */
const PICTURES_SENT = new RegExp(
  [
    /(?:图片?|照片|视频|截图)(?:我|也)?(?:已经)?(?:发|拍|传|上传)(?:你|给你|过去|上去)?了/u.source,
    /(?:已经|我)?(?:拍照|拍视频)了/u.source,
    /(?:发|拍)(?:了|好了)(?:照片|图片|视频)/u.source,
    /拍(?:照|了)?给(?:你|您)(?:们)?了|拍照给(?:你|您)(?:们)?看\s*\[链接/u.source,
    /(?:图片?|照片|视频|截图)(?:你|您)?看(?:下|一下|看)/u.source,
    /(?:图片?|照片|视频|截图)\s*\[链接|\[链接[^\[\]]{0,4}\]\s*(?:图片?|照片|视频|截图)|\[(?:图片|视频)\]/u.source,
  ].join('|'),
  'u',
);

/** The words for pictures a buyer sends: photos, videos and screenshots. */
const PICTURE_WORDS = /照片|图片|截图|视频/u;

/** What the buyer's latest turn carries: any details of their own, and among them pictures. */
export interface DetailsGiven {
  any: boolean;
  pictures: boolean;
}

/**
 * Whether the buyer's latest turn already carries their own details: a value the client or a
 * research corpus anonymised ([地址1], [订单2], [电话x]), a number of two digits or more (165,
 * 120斤, 60cm), word that the pictures are sent, or — right after the agent asked for something —
 * word that it was sent (发了, 拍好了). Pictures only by word that they are sent, or "sent" right
 * after the agent asked for pictures: 一箱[数字x]个烂了 gives a number, not a photo.
 */
export function buyerGaveDetails(reading: ThreadTurns): DetailsGiven {
  const turn = reading.buyerTurn ?? '';
  const sentAsAsked = reading.agentTurn !== null && asksForDetails(reading.agentTurn) && SENT_WORDS.some((word) => turn.includes(word));
  const pictures = PICTURES_SENT.test(turn) || (sentAsAsked && asksForPictures(reading.agentTurn ?? ''));
  return { any: pictures || sentAsAsked || ANONYMISED_VALUE.test(turn) || /\d{2,}/u.test(turn), pictures };
}

/** An agent's turn that asks for pictures (麻烦拍一下破损处, 开箱视频发我一下). */
function asksForPictures(text: string): boolean {
  return text.includes('拍') || PICTURE_WORDS.test(text);
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
 * What a text (a phrase) opens by saying came in from the buyer (订单号收到啦, 新的收货信息收到了,
 * 照片看到了): within its first clause, a detail the buyer sends, then 收到 or 看到 — `pictures`
 * for photos, videos and screenshots, `details` for the rest, `none` when it says neither. Sent to
 * a buyer who gave none of that kind, it claims what the thread does not show.
 */
export function acknowledgesDetails(text: string): 'pictures' | 'details' | 'none' {
  const opening = (text.split(/[。！？；!?;]/u, 1)[0] ?? '').slice(0, ACKNOWLEDGEMENT_WITHIN);
  const match = ACKNOWLEDGED_DETAILS.exec(opening);
  if (!match) return 'none';
  return PICTURE_WORDS.test(match[1] ?? '') ? 'pictures' : 'details';
}

const ACKNOWLEDGED_DETAILS = /(信息|订单号|单号|地址|照片|图片|截图|视频|资料|税号|抬头)(?:我|都)?(?:已经)?(?:收到|看到)(?:了|啦|咯)/u;
/** The acknowledgement opens the reply: 亲，新的收货信息收到了 — not 收到后把照片发我. */
const ACKNOWLEDGEMENT_WITHIN = 16;

/** How close the words must be (characters between): 订单号和收货地址发我 / 告诉我您平时的尺码. */
const DETAIL_THEN_ASKING = 12;
const ASKING_THEN_DETAIL = 8;
