import type { ConnectDemoPage } from '../../components/demo/DemoChatApp';
import { serveDemoPageRequests } from '../../utils/page/requests/serve-page-requests';
import { startPageSession } from '../../utils/page/page-session';
import { createBackgroundOutcomeReporter } from '../../utils/usage/background-outcome-reporter';
import type { OutcomeReporter } from '../../utils/usage/observe-insertion-outcome';
import { pagePhraseInsertion } from '../../utils/page/page-phrase-insertion';
import { demoAdapter } from '../../utils/sites/demo-adapter';

/**
 * Runs on the demo page exactly what the content script runs on a seller client: the demo
 * adapter, the page session (caret memory, insertion chain, thread watcher) and the page-request
 * bridge the popup talks to. Nothing demo-specific happens on the insertion path.
 */
export const connectDemoPage: ConnectDemoPage = (onThreadChange, onPhraseInserted) => {
  const session = startPageSession({
    adapter: demoAdapter,
    doc: document,
    onThreadChange: (change) => onThreadChange(change.thread),
  });
  // Insertions from the popup and from the demo's own panel are watched the same (learning from use).
  const reporter = createBackgroundOutcomeReporter({
    doc: document,
    adapter: demoAdapter,
    onError: (error) => console.warn('[话术助手] insertion outcome', error),
  });
  // Every watched insertion is a phrase that went in, whichever way: practice mode counts them.
  const outcomes: OutcomeReporter = {
    watch(insertion) {
      reporter.watch(insertion);
      onPhraseInserted?.(insertion);
    },
    stop: () => reporter.stop(),
  };
  const insertPhrase = pagePhraseInsertion(session, outcomes, (error) => console.warn('[话术助手] record insertion', error));
  const stopServing = serveDemoPageRequests(session, insertPhrase);
  // The watcher reports changes only; the panel needs the thread as it is now.
  onThreadChange(session.readThread().thread);
  return {
    insertPhrase,
    stop() {
      stopServing();
      outcomes.stop();
      session.stop();
    },
  };
};
