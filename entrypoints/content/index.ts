// First import: zod must be jitless before any module below creates a schema (see the module).
import '../../utils/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { servePageRequests } from '../../utils/messaging/page-handlers';
import { startPageSession } from '../../utils/page/page-session';
import { pickSiteAdapter } from '../../utils/sites/adapter-registry';
import { CLIENT_MATCH_PATTERNS } from '../../utils/sites/match-patterns';

/**
 * On each seller chat client (and each of its frames, about:blank ones included, where some
 * clients put the reply box): read the open conversation and insert phrases when the popup
 * asks. No database, no network, never sends.
 */
export default defineContentScript({
  matches: [...CLIENT_MATCH_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const session = startPageSession({
      adapter: pickSiteAdapter(window.location),
      doc: document,
      signal: ctx.signal,
    });
    const stopServing = servePageRequests(session);
    // After an update the old script's extension calls throw; stop answering and let the new one take over.
    ctx.onInvalidated(() => {
      stopServing();
      session.stop();
    });
  },
});
