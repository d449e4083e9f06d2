import type { InsertResult } from '../messaging/protocol';
import type { OutcomeReporter } from './observe-insertion-outcome';

/** The phrase behind an insertion; its outcome is recorded under these ids (never the text). */
export interface InsertedPhrase {
  phraseUid: string;
  intent: string;
}

/**
 * Inserts through `insert`, then, when the text landed and the caller named its phrase, watches
 * what the agent does with it (sent unchanged, edited, deleted), the same as for the in-page bar.
 */
export async function insertAndWatch(
  insert: (text: string) => Promise<InsertResult>,
  text: string,
  phrase: InsertedPhrase | undefined,
  outcomes: Pick<OutcomeReporter, 'watch'> | undefined,
): Promise<InsertResult> {
  const result = await insert(text);
  if (result.ok && phrase && outcomes) outcomes.watch({ text, ...phrase });
  return result;
}
