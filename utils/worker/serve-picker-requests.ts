import type { LibraryDb } from '../db/library-db';
import { findTopic } from '../i18n/topic-label';
import { handleBackgroundRequest } from '../messaging/background-handlers';
import { createPickerIndex } from '../picker/picker-index';
import { rankPickerMatches } from '../picker/rank-picker-matches';
import type { LibraryPhrase } from '../schemas/phrase';
import type { PickerPhrase } from '../schemas/picker-phrase';

/** How many phrases the picker lists when the request names no limit. */
export const PICKER_DEFAULT_LIMIT = 6;

/** The phrase with its topic's names, so the page shows them without a table of its own. */
function withTopicLabels(phrase: LibraryPhrase): PickerPhrase {
  const labels = phrase.topic ? findTopic(phrase.topic, [])?.labels : undefined;
  return labels ? { ...phrase, topicLabels: labels } : phrase;
}

/** Answers `pickerSearch` (the shortcut picker in the reply box); returns the listener's remover. */
export function servePickerRequests(db: LibraryDb, ensureSeeded: () => Promise<void>): () => void {
  const index = createPickerIndex(db, ensureSeeded);
  return handleBackgroundRequest('pickerSearch', async ({ query, limit }) =>
    rankPickerMatches(await index.current(), query, limit ?? PICKER_DEFAULT_LIMIT).map(withTopicLabels),
  );
}
