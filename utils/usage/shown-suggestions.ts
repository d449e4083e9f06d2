import { shortHash } from '../packs/short-hash';
import type { Thread } from '../schemas/thread';
import type { SuggestResult } from '../schemas/suggestion';

/** How many buyer turns the counter remembers: far more than the chats an agent has open at once. */
const REMEMBERED_TURNS = 500;

export interface ShownSuggestions {
  /**
   * The phrases of this answer the agent had not yet been shown for this buyer turn. The page asks
   * again for the same turn (the thread re-read, the bar re-opened, the popup): those are the same
   * suggestion, not a new one, so the "suggested" count stays a count of buyer turns.
   */
  newlyShown(thread: Thread, result: SuggestResult): string[];
}

/**
 * Remembers, in memory only, which phrases were suggested for which buyer turn. A turn is known
 * by a hash of the site, the conversation, the message's page id and the buyer's words — the
 * words are never kept. A worker restart forgets the turns (one asked again then counts twice);
 * the same words again in one conversation, on a page without message ids, count once.
 */
export function createShownSuggestions(remembered: number = REMEMBERED_TURNS): ShownSuggestions {
  const shownByTurn = new Map<string, Set<string>>();
  return {
    newlyShown(thread, result) {
      if (result.buyerTurn === null || result.suggestions.length === 0) return [];
      const turn = turnKey(thread, result.buyerTurn);
      const shown = shownByTurn.get(turn) ?? new Set<string>();
      shownByTurn.delete(turn);
      shownByTurn.set(turn, shown);
      if (shownByTurn.size > remembered) shownByTurn.delete(shownByTurn.keys().next().value ?? turn);
      const fresh = result.suggestions.map((suggestion) => suggestion.phraseUid).filter((uid) => !shown.has(uid));
      for (const uid of fresh) shown.add(uid);
      return [...new Set(fresh)];
    },
  };
}

function turnKey(thread: Thread, buyerTurn: string): string {
  const conversation = thread.conversationId ?? thread.buyer?.id ?? thread.buyer?.nickname ?? '';
  const lastBuyer = thread.messages.findLast((message) => message.role === 'buyer');
  return shortHash([thread.site, conversation, lastBuyer?.id ?? '', buyerTurn].join('\u0000'));
}
