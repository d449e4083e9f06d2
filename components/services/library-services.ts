import type { LibraryStatus } from '../../utils/messaging/protocol';
import type { LibraryPhrase } from '../../utils/schemas/phrase';
import type { Settings } from '../../utils/schemas/settings';
import type { SuggestResult } from '../../utils/schemas/suggestion';
import type { Thread } from '../../utils/schemas/thread';

/**
 * What the popup and the demo page ask of the phrase library. Handed in as a prop so the
 * components stay presentational and a test can answer with fixtures; the extension pages pass
 * `backgroundLibraryServices`, which asks the background worker.
 */
export interface LibraryServices {
  suggest: (thread: Thread) => Promise<SuggestResult>;
  searchPhrases: (query: string) => Promise<LibraryPhrase[]>;
  /** Counts one use of a phrase for an intent (its category); no chat text is kept. */
  recordInsertion: (phraseUid: string, intent: string) => Promise<void>;
  getLibraryStatus: () => Promise<LibraryStatus>;
  restoreDefaultPack: () => Promise<LibraryStatus>;
  /** The agent's settings, for filling {店铺名}/{客服名} at insertion time. */
  settings: () => Promise<Settings>;
}
