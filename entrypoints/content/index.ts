// First import: zod must be jitless before any module below creates a schema (see the module).
import '../../utils/schemas/zod-jitless-page';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSendGuard } from '../../components/send-guard/mount-send-guard';
import { pickPageAdapters } from '../../utils/custom-sites/pick-page-adapter';
import { installErrorLog } from '../../utils/diagnostics/install-error-log';
import { servePageRequests } from '../../utils/page/requests/serve-page-requests';
import { mountPageBar } from '../../components/page-bar/mount-page-bar';
import { mountShortcutPicker } from '../../components/shortcut-picker/mount-shortcut-picker';
import { noticeInvalidation } from '../../utils/page/content-lifecycle';
import { startPageSession } from '../../utils/page/page-session';
import { pagePhraseInsertion } from '../../utils/page/page-phrase-insertion';
import { logQuietly, runQuietly } from '../../utils/page/quiet-errors';
import { createBackgroundOutcomeReporter } from '../../utils/usage/background-outcome-reporter';
import { createThreadChangeFeed } from '../../utils/page/thread-change-feed';
import { startWaitingQueuePage } from '../../utils/page/waiting-queue-page';
import { backgroundWaitingQueueMessenger } from '../../utils/page/waiting-queue-messenger';
import { CLIENT_MATCH_PATTERNS } from '../../utils/schemas/client-match-patterns';
import { startPageHealthMonitor } from '../../utils/page/page-health-monitor';
import { browser } from 'wxt/browser';

/**
 * On each seller chat client (and each of its frames, about:blank ones included, where some
 * clients put the reply box): read the open conversation, show the in-page suggestion bar by
 * the chat input, and insert phrases when the bar or the popup asks. No database, no network,
 * never sends. Nothing it throws reaches the page.
 */
export default defineContentScript({
  matches: [...CLIENT_MATCH_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  // The bar's styles go into its shadow roots only; the seller's page gets no stylesheet from us.
  // 'manual': the worker hands the built content.css over (utils/page/page-ui-css.ts) instead of
  // WXT fetching it from the page, which would need it web-accessible to every site we run on.
  cssInjectionMode: 'manual',
  // WXT also announces a new script with window.postMessage, which pages' own message handlers
  // receive; its custom event is enough for us.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ctx.onInvalidated(installErrorLog('content'));
    noticeInvalidation(ctx);
    const threadChanges = createThreadChangeFeed();
    // Custom sites (registered at runtime for a lead's pattern) need their selectors from storage.
    const { adapter, client } = await pickPageAdapters(window.location);
    // Page health: on a stock client, notice (and record locally) when its page stopped matching.
    const health = runQuietly('page health', () =>
      startPageHealthMonitor({
        client,
        doc: document,
        version: browser.runtime.getManifest().version,
        signal: ctx.signal,
      }),
    );
    const session = runQuietly('page session', () =>
      startPageSession({
        adapter,
        doc: document,
        signal: ctx.signal,
        onThreadChange: threadChanges.publish,
        health,
      }),
    );
    if (!session) return;
    // Learning from use: one watcher of what becomes of a phrase inserted here, whether the bar,
    // the popup, the `/` picker or the shortcut put it in (a newer insertion ends the older watch).
    const outcomes = createBackgroundOutcomeReporter({
      doc: document,
      adapter: session.adapter,
      onError: (error) => {
        if (ctx.isValid) logQuietly('insertion outcome', error);
      },
    });
    ctx.onInvalidated(outcomes.stop);
    // The one insertion path of this page, for the bar, the `/` picker, the popup and the shortcut.
    const insertPhrase = pagePhraseInsertion(session, outcomes, (error) => {
      if (ctx.isValid) logQuietly('record insertion', error);
    });
    const stopServing = runQuietly('serve page requests', () => servePageRequests(session, insertPhrase, document));
    // After an update the old script's extension calls throw; stop answering and let the new one take over.
    if (stopServing) ctx.onInvalidated(() => runQuietly('stop serving', stopServing));
    // Each feature on its own: one that fails to start leaves the others working.
    runQuietly('page bar', () => mountPageBar({ ctx, session, threadChanges, insertPhrase }));
    runQuietly('send guard', () => mountSendGuard({ ctx, adapter: session.adapter }));
    runQuietly('shortcut picker', () => mountShortcutPicker({ ctx, adapter: session.adapter, insertPhrase }));
    // The waiting queue: who waits on this page (names, keys and times only), and Alt+W.
    runQuietly('waiting queue', () =>
      startWaitingQueuePage({
        adapter: session.adapter,
        doc: document,
        readThread: () => session.readThread().thread,
        threadChanges,
        messenger: backgroundWaitingQueueMessenger,
        onError: (where, error) => {
          if (ctx.isValid) logQuietly(where, error);
        },
        signal: ctx.signal,
      }),
    );
  },
});
