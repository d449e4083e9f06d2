import type { SuggestResult } from '../schemas/suggestion';
import type { Thread } from '../schemas/thread';
import { addSuggestionCounts } from '../settings/suggestion-counts-store';
import { createShownSuggestions } from './shown-suggestions';

export interface SuggestionRecorder {
  /** Counts the phrases newly suggested for this buyer turn; resolves once stored. */
  record(thread: Thread, result: SuggestResult): Promise<void>;
}

/**
 * The worker's "suggested" counter: ids only (shown-suggestions.ts tells a new buyer turn from
 * the same one asked again). Writes go one after another, so two answers at once never lose a count.
 */
export function createSuggestionRecorder(store: (phraseUids: readonly string[]) => Promise<void> = addSuggestionCounts): SuggestionRecorder {
  const shown = createShownSuggestions();
  let writing: Promise<void> = Promise.resolve();
  return {
    record(thread, result) {
      const fresh = shown.newlyShown(thread, result);
      if (fresh.length === 0) return writing;
      writing = writing.catch(() => undefined).then(() => store(fresh));
      return writing;
    },
  };
}
