import type { InsertResult, PageThread } from '../../utils/messaging/protocol';
import type { LibraryPhrase } from '../../utils/schemas/phrase';
import type { InsertedPhrase } from '../../utils/usage/insert-and-watch';
import type { LibraryServices } from '../services/library-services';
import type { FavouriteServices } from '../suggestion-list/use-pinned-phrases';

/** Everything the popup does outside itself: the chat tab it serves, the library, new windows. */
export interface PopupServices extends LibraryServices {
  /** True when the popup runs in its own window bound to one chat tab (`popup.html?tab=<id>`). */
  detached: boolean;
  /** The chat tab: the bound one when detached, else the active tab; null when there is none. */
  targetTabId: () => Promise<number | null>;
  readThread: (tabId: number) => Promise<PageThread>;
  /** With `phrase`, the page then watches whether the agent sends, edits or deletes it. */
  insertText: (tabId: number, text: string, phrase?: InsertedPhrase) => Promise<InsertResult>;
  openDemo: () => Promise<void>;
  openDetached: (tabId: number) => Promise<void>;
  /** Closes the toolbar popup so focus falls back to the chat input, ready for Enter. */
  closePopup: () => void;
  /** 常用: this agent's most used phrases for a buyer intent; without it the popup shows none. */
  frequentPhrases?: (intent: string) => Promise<LibraryPhrase[]>;
  /** 置顶: the agent's pinned phrases; without it the suggestions show no pin toggle. */
  favourites?: FavouriteServices;
}
