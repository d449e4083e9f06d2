import type { Thread } from '../schemas/thread';
import type { LibraryIndex } from './library-index';
import { perPhraseText } from './phrase-text-reading';
import { kindsNamed, unrelatedKinds } from './product-kinds';

const kindsOfPhrase = perPhraseText(kindsNamed);

/** The kinds of goods a conversation names: the buyer's words, a product card, the agent's own turns. */
export function conversationKinds(thread: Thread): ReadonlySet<string> {
  const named = new Set<string>();
  for (const message of thread.messages) for (const kind of kindsNamed(message.text)) named.add(kind);
  return named;
}

/**
 * Whether a phrase may answer this conversation as far as the goods go: once the conversation
 * names what it is about, a phrase written about other goods only (纸尿裤按体重选码 for a down
 * jacket's size) is not offered.
 */
export function fitsConversationKinds(index: LibraryIndex, named: ReadonlySet<string>): (position: number) => boolean {
  if (named.size === 0) return () => true;
  return (position) => !unrelatedKinds(kindsOfPhrase(index, position), named);
}

/**
 * Whether a phrase presumes goods the conversation never names: asked 孕妇能用吗 or 160斤穿什么码
 * with nothing said about the item, a reply about electric appliances or a pet's coat guesses what
 * it is. Such replies stay offered (the guess may be right); a product question ranks them a
 * little lower (suggest.ts).
 */
export function presumesKinds(index: LibraryIndex, named: ReadonlySet<string>): (position: number) => boolean {
  if (named.size > 0) return () => false;
  return (position) => kindsOfPhrase(index, position).size > 0;
}
