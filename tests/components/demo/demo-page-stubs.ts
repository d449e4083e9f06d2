import type { ConnectDemoPage } from '../../../components/demo/DemoChatApp';
import type { LibraryServices } from '../../../components/services/library-services';
import { createWordingRulesSource } from '../../../utils/guard/page-risky-wording-rules';
import type { ServedWordingRule } from '../../../utils/messaging/protocol';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';
import { startSendGuard, type SendGuard } from '../../../utils/guard/send-guard';
import { createPhraseInsertion } from '../../../utils/page/phrase-insertion';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import { demoAdapter } from '../../../utils/sites/demo-adapter';

/**
 * Stand-ins for the demo page's surroundings, for tests that exercise the chat itself: a library
 * with phrases but no suggestions, a page session that accepts every insertion, and the page's
 * real send guard on the demo adapter with the shipped rules, as the background serves them.
 */
const STATUS = { phraseCount: 120, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null };

export const quietLibrary: LibraryServices = {
  suggest: async () => ({ buyerTurn: null, suggestions: [] }),
  searchPhrases: async () => [],
  recordInsertion: async () => {},
  getLibraryStatus: async () => STATUS,
  settings: async () => DEFAULT_SETTINGS,
  restoreDefaultPack: async () => STATUS,
};

/**
 * Accepts every insertion and, like the real page, reports each phrase that went in: the page's
 * one insertion path (placeholders filled from the default settings) over a session that
 * accepts every text, its outcome watcher telling the demo of each phrase.
 */
export const acceptingPage: ConnectDemoPage = (_onThreadChange, onPhraseInserted) => ({
  insertPhrase: createPhraseInsertion({
    session: {
      insertText: async () => ({ ok: true }),
      readThread: () => ({ site: demoAdapter.id, hasInput: true, thread: null }),
    },
    loadSettings: async () => DEFAULT_SETTINGS,
    recordInsertion: async () => undefined,
    outcomes: { watch: (insertion) => onPhraseInserted?.(insertion) },
    onError: () => undefined,
  }),
  stop: () => {},
});

export function startGuardWithShippedRules(recordSentAnyway: (ruleUid: string) => Promise<unknown> = async () => undefined): SendGuard {
  return startSendGuard({
    doc: document,
    adapter: demoAdapter,
    rules: createWordingRulesSource(async () => ({
      version: 'v1',
      rules: defaultWordingRules().map((rule) => ({ uid: `default-rules/${rule.id}`, rule: rule as ServedWordingRule['rule'] })),
    })),
    recordSentAnyway,
    recordDraftHeld: async () => undefined,
    resend: 'click',
  });
}
