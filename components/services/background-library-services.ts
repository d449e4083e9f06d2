import { callBackground } from '../../utils/messaging/background-client';
import { loadSettings } from '../../utils/settings/settings-store';
import type { LibraryServices } from './library-services';

export const backgroundLibraryServices: LibraryServices = {
  suggest: (thread) => callBackground('suggest', { thread }),
  searchPhrases: (query) => callBackground('searchPhrases', { query }),
  recordInsertion: async (phraseUid, intent) => {
    await callBackground('recordInsertion', { phraseUid, intent });
  },
  getLibraryStatus: () => callBackground('getLibraryStatus'),
  restoreDefaultPack: () => callBackground('restoreDefaultPack'),
  settings: loadSettings,
};
