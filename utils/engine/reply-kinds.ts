import type { Thread } from '../schemas/thread';
import type { LibraryIndex } from './library-index';
import { kindsNamed, unrelatedKinds } from './product-kinds';
import { columnItem } from './string-column';

/** Each phrase's kinds of goods, read from its text once per index (undefined: not read yet). */
const phraseKinds = new WeakMap<LibraryIndex, (ReadonlySet<string> | undefined)[]>();

function kindsOfPhrase(index: LibraryIndex, position: number): ReadonlySet<string> {
  let known = phraseKinds.get(index);
  if (!known) {
    known = new Array<ReadonlySet<string> | undefined>(index.phrases.count);
    phraseKinds.set(index, known);
  }
  let kinds = known[position];
  if (kinds === undefined) {
    kinds = kindsNamed(columnItem(index.phrases.texts, position));
    known[position] = kinds;
  }
  return kinds;
}

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
