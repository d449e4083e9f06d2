import type { ConnectDemoPage } from '../../components/demo/DemoChatApp';
import { serveDemoPageRequests } from '../../utils/messaging/page-handlers';
import { startPageSession } from '../../utils/page/page-session';
import { demoAdapter } from '../../utils/sites/demo-adapter';

/**
 * Runs on the demo page exactly what the content script runs on a seller client: the demo
 * adapter, the page session (caret memory, insertion chain, thread watcher) and the page-request
 * bridge the popup talks to. Nothing demo-specific happens on the insertion path.
 */
export const connectDemoPage: ConnectDemoPage = (onThreadChange) => {
  const session = startPageSession({
    adapter: demoAdapter,
    doc: document,
    onThreadChange: (change) => onThreadChange(change.thread),
  });
  const stopServing = serveDemoPageRequests(session);
  // The watcher reports changes only; the panel needs the thread as it is now.
  onThreadChange(session.readThread().thread);
  return {
    insertText: (text) => session.insertText(text),
    stop() {
      stopServing();
      session.stop();
    },
  };
};
