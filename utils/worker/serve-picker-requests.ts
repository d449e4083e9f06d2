import type { LibraryDb } from '../db/library-db';
import { handleBackgroundRequest } from '../messaging/background-handlers';
import { createPickerIndex } from '../picker/picker-index';
import { rankPickerMatches } from '../picker/rank-picker-matches';

/** How many phrases the picker lists when the request names no limit. */
export const PICKER_DEFAULT_LIMIT = 6;

/** Answers `pickerSearch` (the shortcut picker in the reply box); returns the listener's remover. */
export function servePickerRequests(db: LibraryDb, ensureSeeded: () => Promise<void>): () => void {
  const index = createPickerIndex(db, ensureSeeded);
  return handleBackgroundRequest('pickerSearch', async ({ query, limit }) =>
    rankPickerMatches(await index.current(), query, limit ?? PICKER_DEFAULT_LIMIT),
  );
}
