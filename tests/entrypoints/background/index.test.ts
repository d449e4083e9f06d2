import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIBRARY_DB_NAME } from '../../../utils/db/library-db';
import { callBackground } from '../../../utils/messaging/background-client';
import { defaultPack } from '../../../utils/packs/default-pack';
import { DEFAULT_PACK_ID } from '../../../utils/packs/default-pack-version';
import { callBackground as callFromPage } from '../../../utils/messaging/page-background-client';
import { SUBSCRIPTION_ALARM } from '../../../utils/worker/serve-subscription-requests';
import { WAITING_QUEUE_ALARM } from '../../../utils/worker/waiting-queue-service';
import { useChromeRuntimeMessaging, type FakeSender } from './chrome-runtime-messaging';

/**
 * The worker as the browser runs it: `main()` is called when the worker starts (install, or a
 * message waking it after it was stopped); a restart is a fresh module graph calling `main()`
 * again with only the database surviving.
 */
async function startWorker(): Promise<void> {
  vi.resetModules();
  const { default: background } = await import('../../../entrypoints/background/index');
  background.main();
}

/** The worker is stopped after ~30 s idle: its listeners and memory go, the database stays. */
function stopWorker(): void {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onInstalled.removeAllListeners();
  fakeBrowser.runtime.onStartup.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
}

/** fakeBrowser's events have `hasListeners` at runtime; its types only declare `hasListener`. */
const hasListeners = (event: object): boolean => (event as { hasListeners(): boolean }).hasListeners();

/** The popup, unless a test speaks as a chat tab's content script. */
let sender: FakeSender | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  sender = undefined;
  useChromeRuntimeMessaging(() => sender ?? { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` });
  // fakeBrowser leaves `commands` unimplemented (its addListener throws); the worker listens there for shortcuts.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  // The previous test's worker still holds a connection; Dexie closes it (with a warning) for the delete.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await Dexie.delete(LIBRARY_DB_NAME);
});
afterEach(() => {
  vi.restoreAllMocks();
});

// The first test imports the whole worker cold; under a loaded full-suite run that alone can take seconds.
describe('the background service worker', { timeout: 30_000 }, () => {
  it('has every listener in place as soon as main() returns, before anything is awaited', async () => {
    vi.resetModules();
    const { default: background } = await import('../../../entrypoints/background/index');

    background.main();

    expect(hasListeners(fakeBrowser.runtime.onMessage)).toBe(true);
    expect(hasListeners(fakeBrowser.runtime.onInstalled)).toBe(true);
    expect(fakeBrowser.commands.onCommand.addListener).toHaveBeenCalled();
    // A closed chat tab and the waiting queue's tick wake a stopped worker too.
    expect(hasListeners(fakeBrowser.tabs.onRemoved)).toBe(true);
    expect(hasListeners(fakeBrowser.alarms.onAlarm)).toBe(true);
  });

  it('seeds the default pack when the extension is installed', async () => {
    await startWorker();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

    await vi.waitFor(async () => {
      const meta = await new Dexie(LIBRARY_DB_NAME).open().then(async (db) => {
        const seeded = await db.table('meta').get('seededAt');
        db.close();
        return seeded;
      });
      expect(meta).toBeDefined();
    });
    expect(await callBackground('getLibraryStatus')).toMatchObject({
      phraseCount: defaultPack().phrases.length,
      packs: [{ id: DEFAULT_PACK_ID }],
    });
  });

  it('seeds on the first request when the install event never reached it', async () => {
    await startWorker();

    const status = await callBackground('getLibraryStatus');

    expect(status.phraseCount).toBe(defaultPack().phrases.length);
  });

  it('answers suggestions for a buyer’s message right after install', async () => {
    await startWorker();

    const result = await callBackground('suggest', {
      thread: { messages: [{ role: 'buyer', text: '亲，今天下单什么时候能发货呀？' }] },
      limit: 3,
    });

    expect(result.buyerTurn).toBe('亲，今天下单什么时候能发货呀？');
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('after a restart, a removed default pack stays removed and an update does not bring it back', async () => {
    await startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await callBackground('removePack', { packId: DEFAULT_PACK_ID });
    stopWorker();

    await startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });

    expect(await callBackground('getLibraryStatus')).toMatchObject({ phraseCount: 0, defaultPackRemoved: true });
    expect(await callBackground('searchPhrases', { query: '发货' })).toEqual([]);
  });

  it('keeps the waiting queue through a restart (storage.session), and its tick beside the team pack’s hourly check', async () => {
    await startWorker();
    sender = { id: fakeBrowser.runtime.id, tab: { id: 11, windowId: 1 }, frameId: 0 };
    await callFromPage('reportConversationList', { site: 'feige', entries: [{ key: 'buyer-1', name: '小王', waiting: true, source: 'client-group', since: Date.now() - 100_000 }] });
    sender = undefined;
    stopWorker();

    await startWorker();

    const queue = await callBackground('getWaitingQueue');
    expect(queue.buyers).toEqual([expect.objectContaining({ site: 'feige', key: 'buyer-1', name: '小王', tabId: 11, level: 'amber' })]);
    expect(queue.buyers[0]?.waitedMs).toBeGreaterThanOrEqual(100_000);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual([SUBSCRIPTION_ALARM, WAITING_QUEUE_ALARM].sort()));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
