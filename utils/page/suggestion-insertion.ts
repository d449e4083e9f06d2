import type { InsertResult } from '../messaging/protocol';
import { fillPlaceholders, placeholderValuesFor } from '../phrases/fill-placeholders';
import type { Settings } from '../schemas/settings';
import type { Suggestion } from '../schemas/suggestion';
import type { Thread } from '../schemas/thread';
import type { OutcomeReporter } from '../usage/observe-insertion-outcome';

export interface SuggestionInsertionDeps {
  /** Where the agent was typing (the page session's insertText). */
  insertText(text: string): Promise<InsertResult>;
  loadSettings(): Promise<Settings>;
  /** Learning from use: watches whether the inserted phrase is sent, edited or deleted. */
  outcomes: Pick<OutcomeReporter, 'watch'> | undefined;
  /** The library's `recordInsertion` (team lead statistics). */
  recordInsertion(phraseUid: string, intent: string): Promise<unknown>;
}

export interface SuggestionInsertion {
  /** Fills the phrase's placeholders for `thread` and inserts it where the agent was typing. */
  insert(suggestion: Suggestion, thread: Thread | null): Promise<InsertResult>;
  /** After a successful insert: watch its outcome and count the use. */
  recordInsertion(suggestion: Suggestion): Promise<void>;
}

/**
 * One suggestion's way into the reply box, shared by the in-page bar (Alt+1..3, click) and the
 * insert-first-suggestion command, so both put in the same text and count it the same way.
 */
export function createSuggestionInsertion(deps: SuggestionInsertionDeps): SuggestionInsertion {
  // The text as filled: the outcome watcher compares the reply box with what we put there.
  let lastInserted = '';
  return {
    async insert(suggestion, thread) {
      const settings = await deps.loadSettings();
      lastInserted = fillPlaceholders(suggestion.text, placeholderValuesFor(settings, thread)).text;
      return deps.insertText(lastInserted);
    },
    async recordInsertion(suggestion) {
      deps.outcomes?.watch({ text: lastInserted, phraseUid: suggestion.phraseUid, intent: suggestion.category });
      await deps.recordInsertion(suggestion.phraseUid, suggestion.category);
    },
  };
}
