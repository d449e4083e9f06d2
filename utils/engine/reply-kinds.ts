import type { Thread } from '../schemas/thread';
import type { LibraryIndex } from './library-index';
import { perPhraseText } from './phrase-text-reading';
import { kindsNamed, unrelatedKinds } from './product-kinds';

const kindsOfPhrase = perPhraseText(kindsNamed);

/**
 * Whether a phrase may answer this conversation as far as the goods go: once the conversation
 * names what it is about (the buyer's words, a product card, the agent's own turns), a phrase
 * written about other goods only (纸尿裤按体重选码 for a down jacket's size) is not offered.
 */
export function fitsConversationKinds(index: LibraryIndex, thread: Thread): (position: number) => boolean {
  const named = new Set<string>();
  for (const message of thread.messages) for (const kind of kindsNamed(message.text)) named.add(kind);
  if (named.size === 0) return () => true;
  return (position) => !unrelatedKinds(kindsOfPhrase(index, position), named);
}
