import { browser } from 'wxt/browser';
import type { PopupServices } from '../../components/popup/popup-services';
import { backgroundLibraryServices } from '../../components/services/background-library-services';
import { callBackground } from '../../utils/messaging/background-client';
import { callPage } from '../../utils/messaging/page-client';
import { downloadBlob } from '../../components/options/download-file';

const DETACHED_WINDOW = { width: 400, height: 640 };

/** `popup.html?tab=<id>`: a window the agent keeps beside the chat, bound to that chat's tab. */
function boundTabId(url: URL): number | null {
  const raw = url.searchParams.get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export function createPopupServices(url: URL): PopupServices {
  const bound = boundTabId(url);
  return {
    ...backgroundLibraryServices,
    detached: bound !== null,
    async targetTabId() {
      if (bound !== null) return bound;
      // The active tab's id needs no `tabs` permission; only its URL and title would.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    readThread: (tabId) => callPage(tabId, 'readThread', undefined),
    insertPhrase: (tabId, phrase) => callPage(tabId, 'insertPhrase', phrase),
    insertPlainText: (tabId, text) => callPage(tabId, 'insertPlainText', { text }),
    readPageHealth: (tabId) => callPage(tabId, 'readPageHealth', undefined),
    exportPageStructure: (tabId) => callPage(tabId, 'exportPageStructure', undefined),
    saveFile: (fileName, text) => downloadBlob(new Blob([text], { type: 'application/json;charset=utf-8' }), fileName),
    async openDemo() {
      await browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
    },
    async openDetached(tabId) {
      await browser.windows.create({
        type: 'popup',
        url: browser.runtime.getURL(`/popup.html?tab=${tabId}`),
        ...DETACHED_WINDOW,
      });
    },
    closePopup: () => window.close(),
    frequentPhrases: (intent) => callBackground('frequentPhrases', { intent }),
    waitingQueue: {
      load: () => callBackground('getWaitingQueue'),
      open: (buyer) => callBackground('openLongestWaiting', buyer),
    },
    favourites: {
      listFavourites: () => callBackground('listFavourites', undefined),
      setFavourite: (phraseUid, pinned) => callBackground('setFavourite', { phraseUid, pinned }),
    },
  };
}
