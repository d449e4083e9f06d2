// First import: zod must be jitless before any module below creates a schema (see utils/schemas/zod-jitless.ts).
import '../../utils/schemas/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForCommands } from '../../utils/worker/listen-for-commands';
import { keepCustomSiteScriptsRegistered } from '../../utils/custom-sites/keep-scripts-registered';
import { openLibraryDb } from '../../utils/db/library-db';
import { installErrorLog, recordCaughtError } from '../../utils/diagnostics/install-error-log';
import { clearPersistedIndexes } from '../../utils/index-store/persisted-index-store';
import { serveLibraryRequests } from '../../utils/worker/serve-library-requests';
import { serveSubscriptionRequests } from '../../utils/worker/serve-subscription-requests';
import { servePickerRequests } from '../../utils/worker/serve-picker-requests';
import { servePageUiCss } from '../../utils/worker/serve-page-ui-css';
import { serveWordingRequests } from '../../utils/worker/serve-risky-wording-requests';
import { serveWaitingQueue } from '../../utils/worker/serve-waiting-queue';

export default defineBackground(() => {
  // Everything here runs synchronously: an MV3 worker is stopped after ~30 s idle and woken by
  // the next event, which is dispatched only to listeners that exist once this function returns.
  installErrorLog('background');
  const db = openLibraryDb();
  const library = serveLibraryRequests(db);
  serveWordingRequests(db);
  keepCustomSiteScriptsRegistered();
  serveSubscriptionRequests(db, library.ensureSeeded);
  servePickerRequests(db, library.ensureSeeded);
  servePageUiCss();
  serveWaitingQueue();
  listenForCommands();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') clearPersistedIndexes().catch((error: unknown) => recordCaughtError('background', error, 'clear-index-cache'));
    if (reason !== 'install') return;
    library.ensureSeeded().catch((error: unknown) => {
      recordCaughtError('background', error, 'seed-default-pack');
      console.error('[话术助手] could not seed the default phrase pack; the next request retries', error);
    });
  });
});
