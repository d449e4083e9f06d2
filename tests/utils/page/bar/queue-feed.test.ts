// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueueFeed, runQueueFeedOnPage, type FeedHost } from '../../../../utils/page/bar/queue-feed';
import type { WaitingQueueView } from '../../../../utils/schemas/waiting-queue';

const T0 = 1_780_000_000_000;

function viewAt(now: number, waitedMs: number): WaitingQueueView {
  return {
    now,
    pastHalf: 0,
    buyers: [{ site: 'kuaishou', key: 'u1', name: '小满', tabId: 3, windowId: 1, since: now - waitedMs, sinceFrom: 'page', source: 'client-group', waitedMs, thresholdSeconds: 10, level: 'ok' }],
  };
}

afterEach(() => vi.useRealTimers());

describe('the waiting-queue feed', () => {
  it('ticks waits every second from the last view, asks the worker every few seconds, and announces one red turn', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const load = vi.fn(() => Promise.resolve(viewAt(Date.now(), 3_000 + (Date.now() - T0))));
    const turnedRed = vi.fn();
    const feed = createQueueFeed({ load, onTurnedRed: turnedRed });
    const host: FeedHost = { setInterval: (handler, ms) => setInterval(handler, ms), addEventListener: (target, type, listener) => target.addEventListener(type, listener) };
    runQueueFeedOnPage(feed, host, document, window);
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(feed.store.get().rows.map((row) => [row.waitedMs, row.level])).toEqual([[3_000, 'ok']]);

    await vi.advanceTimersByTimeAsync(2_000);
    expect(load).toHaveBeenCalledTimes(1);
    expect(feed.store.get().rows[0]?.waitedMs).toBe(5_000);
    expect(feed.store.get().rows[0]?.level).toBe('amber');

    await vi.advanceTimersByTimeAsync(4_000);
    expect(load).toHaveBeenCalledTimes(3);
    expect(feed.store.get().rows[0]?.level).toBe('red');
    expect(turnedRed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(turnedRed).toHaveBeenCalledTimes(1);
  });

  it('keeps the last view ticking when the worker does not answer', async () => {
    let now = T0;
    const load = vi.fn<() => Promise<WaitingQueueView>>().mockResolvedValueOnce(viewAt(T0, 1_000)).mockRejectedValue(new Error('worker restarting'));
    const feed = createQueueFeed({ load, now: () => now });
    await feed.refresh();
    now += 2_000;
    await feed.refresh();
    expect(feed.store.get().rows[0]?.waitedMs).toBe(3_000);
  });
});
