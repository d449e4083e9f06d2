import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadWaitingQueue, updateWaitingQueue } from '../../../utils/settings/waiting-queue-store';
import { loadResponseDays, updateResponseDays } from '../../../utils/settings/response-figures-store';
import type { StoredQueuedBuyer } from '../../../utils/schemas/waiting-queue-state';

const BUYER: StoredQueuedBuyer = { site: 'feige', key: 'b1', name: '小王', tabId: 3, windowId: 1, frameId: 0, since: 1000, sinceFrom: 'first-seen', source: 'unread-badge' };

beforeEach(() => fakeBrowser.reset());

describe('the stored waiting queue', () => {
  it('is empty until a chat tab reports, and is kept in session storage (not on disk)', async () => {
    expect(await loadWaitingQueue()).toEqual({ buyers: [] });

    await updateWaitingQueue(() => ({ state: { buyers: [BUYER] }, result: null }));

    expect(await loadWaitingQueue()).toEqual({ buyers: [BUYER] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('drops a damaged buyer (an older build’s, a hand edit) and keeps the others', async () => {
    await fakeBrowser.storage.session.set({ waitingQueue: { buyers: [BUYER, { ...BUYER, key: '', since: 'yesterday' }, null] } });

    expect(await loadWaitingQueue()).toEqual({ buyers: [BUYER] });
  });

  it('starts empty over anything that is not a queue', async () => {
    await fakeBrowser.storage.session.set({ waitingQueue: 'garbage' });

    expect(await loadWaitingQueue()).toEqual({ buyers: [] });
  });

  it('applies changes one at a time, each on the one before it', async () => {
    await Promise.all(
      ['a', 'b', 'c'].map((key) => updateWaitingQueue((state) => ({ state: { buyers: [...state.buyers, { ...BUYER, key }] }, result: null }))),
    );

    expect((await loadWaitingQueue()).buyers.map((buyer) => buyer.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('the stored response figures', () => {
  it('keep each valid day and drop a damaged one', async () => {
    const day = { day: '2026-12-06', site: 'feige', replies: 2, withinWindow: 1, firstReplyMs: [1000, 9000] };
    await fakeBrowser.storage.local.set({ responseDays: [day, { day: 'today', site: 'feige' }] });

    expect(await loadResponseDays()).toEqual([day]);
  });

  it('apply changes one at a time', async () => {
    const add = (site: string) => updateResponseDays((days) => [...days, { day: '2026-12-06', site, replies: 1, withinWindow: 1, firstReplyMs: [5] }]);
    await Promise.all([add('feige'), add('kuaishou')]);

    expect((await loadResponseDays()).map((day) => day.site)).toEqual(['feige', 'kuaishou']);
  });
});
