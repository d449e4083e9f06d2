import type { InsertResult, PageThread } from '../../utils/messaging/protocol';
import type { LibraryPhrase } from '../../utils/schemas/phrase';
import type { LibraryServices } from '../services/library-services';

/** Everything the popup does outside itself: the chat tab it serves, the library, new windows. */
export interface PopupServices extends LibraryServices {
  /** True when the popup runs in its own window bound to one chat tab (`popup.html?tab=<id>`). */
  detached: boolean;
  /** The chat tab: the bound one when detached, else the active tab; null when there is none. */
  targetTabId: () => Promise<number | null>;
  readThread: (tabId: number) => Promise<PageThread>;
  insertText: (tabId: number, text: string) => Promise<InsertResult>;
  openDemo: () => Promise<void>;
  openDetached: (tabId: number) => Promise<void>;
  /** Closes the toolbar popup so focus falls back to the chat input, ready for Enter. */
  closePopup: () => void;
  /** 常用: this agent's most used phrases for a buyer intent; without it the popup shows none. */
  frequentPhrases?: (intent: string) => Promise<LibraryPhrase[]>;
}
