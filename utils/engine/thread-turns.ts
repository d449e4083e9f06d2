import type { Thread } from '../schemas/thread';

/** The parts of a conversation the engine reads, all as the page showed them. */
export interface ThreadTurns {
  /** The buyer turn to answer: the last one in the thread. */
  buyerTurn: string | null;
  /** Buyer turns before it, most recent first. */
  earlierBuyerTurns: string[];
  /** The last agent turn before the buyer turn. */
  agentTurn: string | null;
  /** Platform notices, most recent first: those after the buyer turn (an order placed since) too. */
  notices: string[];
  /** Every agent turn before the buyer turn, most recent first; none means a first reply. */
  agentTurns: string[];
  /** How many of `notices` came after the buyer turn: news the buyer's words do not yet reflect. */
  noticesAfterBuyerTurn: number;
}

/** How far back earlier turns still say something about the current topic. */
const EARLIER_BUYER_TURNS = 3;
const NOTICES = 2;

export function readThreadTurns(thread: Thread): ThreadTurns {
  const messages = thread.messages;
  let last = messages.length - 1;
  while (last >= 0 && (messages[last]?.role !== 'buyer' || messages[last]?.text.trim() === '')) last -= 1;
  if (last < 0) return { buyerTurn: null, earlierBuyerTurns: [], agentTurn: null, notices: [], agentTurns: [], noticesAfterBuyerTurn: 0 };

  const earlierBuyerTurns: string[] = [];
  const notices: string[] = [];
  const agentTurns: string[] = [];
  for (let i = messages.length - 1; i > last; i -= 1) {
    const message = messages[i];
    if (message?.role === 'system' && message.text.trim() !== '' && notices.length < NOTICES) notices.push(message.text);
  }
  const noticesAfterBuyerTurn = notices.length;
  for (let i = last - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (!message || message.text.trim() === '') continue;
    if (message.role === 'buyer' && earlierBuyerTurns.length < EARLIER_BUYER_TURNS) earlierBuyerTurns.push(message.text);
    else if (message.role === 'agent') agentTurns.push(message.text);
    else if (message.role === 'system' && notices.length < NOTICES) notices.push(message.text);
  }
  return { buyerTurn: messages[last]?.text ?? null, earlierBuyerTurns, agentTurn: agentTurns[0] ?? null, notices, agentTurns, noticesAfterBuyerTurn };
}
