import type { PageThread } from '../../utils/schemas/page-results';
import type { PageHealth, PageStructureExport } from '../../utils/schemas/page-health';
import type { LibraryPhrase } from '../../utils/schemas/phrase';
import type { PhraseInsertResult, PhraseToInsert } from '../../utils/page/phrase-insertion';
import type { LibraryServices } from '../services/library-services';
import type { FavouriteServices } from '../suggestion-list/use-pinned-phrases';
import type { BackgroundProtocol } from '../../utils/messaging/protocol';
import type { WaitingQueueView } from '../../utils/schemas/waiting-queue';

/** The waiting queue across every open client (the worker keeps it), and opening one buyer. */
export interface WaitingQueueServices {
  load: () => Promise<WaitingQueueView>;
  open: (buyer: { site: string; key: string }) => Promise<ReturnType<BackgroundProtocol['openLongestWaiting']>>;
}

/** Everything the popup does outside itself: the chat tab it serves, the library, new windows. */
export interface PopupServices extends LibraryServices {
  /** True when the popup runs in its own window bound to one chat tab (`popup.html?tab=<id>`). */
  detached: boolean;
  /** The chat tab: the bound one when detached, else the active tab; null when there is none. */
  targetTabId: () => Promise<number | null>;
  readThread: (tabId: number) => Promise<PageThread>;
  /**
   * Asks the chat tab to insert a library phrase through its one insertion path: the page fills
   * the placeholders from the conversation it shows, counts the use and watches the outcome.
   */
  insertPhrase: (tabId: number, phrase: PhraseToInsert) => Promise<PhraseInsertResult>;
  /**
   * Asks the chat tab to insert plain text at the agent's caret through the same path: a product
   * fact from the facts card, inserted as written and counted as no phrase use.
   */
  insertPlainText: (tabId: number, text: string) => Promise<PhraseInsertResult>;
  /** Page health: whether the chat tab's page still matches its client's adapter; absent in tests that need none. */
  readPageHealth?: (tabId: number) => Promise<PageHealth>;
  /** 导出页面结构: the tab's structure-only snapshot. */
  exportPageStructure?: (tabId: number) => Promise<PageStructureExport>;
  /** Saves a file as a download (no `downloads` permission: an <a download>). */
  saveFile?: (fileName: string, text: string) => void;
  openDemo: () => Promise<void>;
  openDetached: (tabId: number) => Promise<void>;
  /** Closes the toolbar popup so focus falls back to the chat input, ready for Enter. */
  closePopup: () => void;
  /** 常用: this agent's most used phrases for a buyer intent; without it the popup shows none. */
  frequentPhrases?: (intent: string) => Promise<LibraryPhrase[]>;
  /** 置顶: the agent's pinned phrases; without it the suggestions show no pin toggle. */
  favourites?: FavouriteServices;
  /** 等待回复的买家; without it the popup shows no queue. */
  waitingQueue?: WaitingQueueServices;
}
