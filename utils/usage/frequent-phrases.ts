import { phraseAtPosition, phraseWithUid, type LibraryIndex } from '../engine/library-index';
import type { LibraryPhrase } from '../schemas/phrase';
import type { AgentHistory } from './agent-history';
import { mostUsedForIntent } from './usage-weights';

export const FREQUENT_PHRASE_LIMIT = 3;

/** 常用 for a buyer intent: the phrases this agent used most for it that are still in the library. */
export function frequentPhrases(index: LibraryIndex, history: AgentHistory, intent: string, limit: number = FREQUENT_PHRASE_LIMIT): LibraryPhrase[] {
  const phrases: LibraryPhrase[] = [];
  for (const uid of mostUsedForIntent(history.usageByIntent, intent, Number.MAX_SAFE_INTEGER)) {
    if (phrases.length >= limit) break;
    const position = phraseWithUid(index, uid);
    if (position !== undefined) phrases.push(phraseAtPosition(index, position));
  }
  return phrases;
}
