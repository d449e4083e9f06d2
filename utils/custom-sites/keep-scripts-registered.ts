import { browser } from 'wxt/browser';
import { recordCaughtError } from '../diagnostics/install-error-log';
import { syncCustomSiteScripts } from './content-script-registration';
import { loadCustomSites, watchCustomSites } from './custom-site-store';

/**
 * In the service worker: keeps the runtime-registered content scripts in step with the custom
 * sites and the host access the lead granted. Re-synced on install, update and browser start,
 * whenever the sites change (the options page saves them) and whenever a host permission is
 * granted or revoked (from the options page or the browser's own extension settings). One sync
 * at a time: two overlapping ones would both try to register the same script ids.
 */
export function keepCustomSiteScriptsRegistered(): void {
  let queue: Promise<unknown> = Promise.resolve();
  const resync = () => {
    queue = queue
      .then(async () => syncCustomSiteScripts(await loadCustomSites()))
      .catch((error: unknown) => recordCaughtError('background', error, 'sync-custom-site-scripts'));
  };
  const triggers: [string, () => void][] = [
    ['installed', () => browser.runtime.onInstalled.addListener(resync)],
    ['startup', () => browser.runtime.onStartup.addListener(resync)],
    ['permission-added', () => browser.permissions.onAdded.addListener(resync)],
    ['permission-removed', () => browser.permissions.onRemoved.addListener(resync)],
    ['sites-changed', () => watchCustomSites(resync)],
  ];
  // Custom sites must never keep the rest of the worker from starting (a browser without one of
  // these events still serves the library and the stock clients).
  for (const [name, listen] of triggers) {
    try {
      listen();
    } catch (error) {
      recordCaughtError('background', error, `custom-sites-${name}`);
    }
  }
}
