import type { Thread } from '../schemas/thread';
import type { LibraryIndex } from './library-index';
import { perPhraseText } from './phrase-text-reading';

/**
 * Ways of selling that only some orders have: a presale with its deposit, made-to-order goods,
 * a live-stream sale, cross-border goods, instalments, a company's bank transfer. A general pack
 * carries replies written for each (预售的定金不退, 定制商品不支持七天无理由); offered to a buyer who
 * said nothing of it, a reply assumes an order the buyer does not have, and reviewers rejected
 * nearly all such replies (presale: 7 accepted of 372 judged where the thread never said 预售).
 *
 * Per mode: the words a reply names it by, and the words a conversation shows it by (the
 * buyer's or the agent's, a platform notice). A reply naming a mode is offered only when the
 * conversation shows it.
 */
const SALE_MODES: readonly { reply: RegExp; conversation: RegExp }[] = [
  // presale: the deposit and the balance are presale words too (付了定金, 尾款什么时候付).
  { reply: /预售|定金|尾款/u, conversation: /预售|定金|订金|尾款|预定|预订|付定/u },
  // made to order
  { reply: /定制|定做|订制|订做/u, conversation: /定制|定做|订制|订做|刻字|按尺寸做/u },
  // live-stream sale
  { reply: /直播/u, conversation: /直播|主播/u },
  // cross-border goods: customs, the bonded warehouse
  { reply: /跨境|保税|清关/u, conversation: /跨境|保税|清关|海关|海外直邮|直邮|国际物流/u },
  // instalments
  { reply: /分期/u, conversation: /分期|免息|白条|花呗/u },
  // a company's bank transfer
  { reply: /对公/u, conversation: /对公|公对公|转账|汇款|打款/u },
];

/** Indexes into SALE_MODES of the modes a reply names (a bit per mode). */
const modesOfPhrase = perPhraseText((text) => SALE_MODES.reduce((mask, mode, at) => (mode.reply.test(text) ? mask | (1 << at) : mask), 0));

/**
 * Whether a phrase may answer this conversation as far as the way of selling goes: a phrase that
 * names a mode the conversation never shows (预售 to a buyer who bought from stock) is not offered.
 */
export function fitsSaleModes(index: LibraryIndex, thread: Thread): (position: number) => boolean {
  let shown = 0;
  SALE_MODES.forEach((mode, at) => {
    if (thread.messages.some((message) => mode.conversation.test(message.text))) shown |= 1 << at;
  });
  return (position) => (modesOfPhrase(index, position) & ~shown) === 0;
}
