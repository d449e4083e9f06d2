import { describe, expect, it } from 'vitest';
import { queueView } from '../../../utils/waiting-queue/queue-view';
import { thresholdSecondsFor, waitLevel } from '../../../utils/waiting-queue/wait-level';
import type { StoredQueuedBuyer } from '../../../utils/schemas/waiting-queue-state';

const NOW = Date.UTC(2026, 11, 6, 2, 0, 0);
const SEC = 1000;

const buyer = (site: string, key: string, waitedSeconds: number): StoredQueuedBuyer => ({
  site,
  key,
  name: key,
  tabId: 1,
  windowId: 1,
  frameId: 0,
  since: NOW - waitedSeconds * SEC,
  sinceFrom: 'first-seen',
  source: 'unread-badge',
});

describe('each client’s reply window', () => {
  it('is the platform’s by default: 京东 30 s, the others 3 minutes, any other client 3 minutes', () => {
    expect(thresholdSecondsFor('jd-dongdong')).toBe(30);
    expect(thresholdSecondsFor('feige')).toBe(180);
    expect(thresholdSecondsFor('my-shop-chat')).toBe(180);
  });

  it('is the agent’s own where they set one in the console', () => {
    expect(thresholdSecondsFor('feige', { feige: 5 })).toBe(5);
    expect(thresholdSecondsFor('kuaishou', { feige: 5 })).toBe(180);
  });

  it('never reads an inherited property for a client spelled like one', () => {
    expect(thresholdSecondsFor('constructor')).toBe(180);
    expect(thresholdSecondsFor('tostring', {})).toBe(180);
  });
});

describe('how urgent a wait is', () => {
  it('turns amber at half the reply window and red at 80 % of it', () => {
    expect(waitLevel(89_999, 180)).toBe('ok');
    expect(waitLevel(90_000, 180)).toBe('amber');
    expect(waitLevel(143_999, 180)).toBe('amber');
    expect(waitLevel(144_000, 180)).toBe('red');
    expect(waitLevel(24_000, 30)).toBe('red');
  });
});

describe('the queue as the bar and the popup show it', () => {
  it('lists the longest wait first across clients, each on its own client’s clock', () => {
    const view = queueView([buyer('feige', 'f1', 60), buyer('jd-dongdong', 'j1', 25), buyer('kuaishou', 'k1', 150)], {}, NOW);

    expect(view.buyers.map(({ site, key, waitedMs, thresholdSeconds, level }) => ({ site, key, waitedMs, thresholdSeconds, level }))).toEqual([
      { site: 'kuaishou', key: 'k1', waitedMs: 150_000, thresholdSeconds: 180, level: 'red' },
      { site: 'feige', key: 'f1', waitedMs: 60_000, thresholdSeconds: 180, level: 'ok' },
      { site: 'jd-dongdong', key: 'j1', waitedMs: 25_000, thresholdSeconds: 30, level: 'red' },
    ]);
    expect(view.pastHalf).toBe(2);
    expect(view.now).toBe(NOW);
  });

  it('colours a wait by the agent’s own window for that client', () => {
    const view = queueView([buyer('feige', 'f1', 3)], { feige: 5 }, NOW);

    expect(view.buyers[0]).toMatchObject({ thresholdSeconds: 5, level: 'amber' });
    expect(view.pastHalf).toBe(1);
  });

  it('keeps the frame a buyer was read in to the worker', () => {
    const view = queueView([buyer('qianniu', 'q1', 10)], {}, NOW);

    expect(view.buyers[0]).not.toHaveProperty('frameId');
  });

  it('orders equal waits by client and buyer, so the list does not shuffle between reads', () => {
    const view = queueView([buyer('kuaishou', 'b', 10), buyer('feige', 'z', 10), buyer('feige', 'a', 10)], {}, NOW);

    expect(view.buyers.map(({ site, key }) => `${site}/${key}`)).toEqual(['feige/a', 'feige/z', 'kuaishou/b']);
  });

  it('shows no negative wait for a time ahead of the clock', () => {
    expect(queueView([buyer('feige', 'f1', -30)], {}, NOW).buyers[0]?.waitedMs).toBe(0);
  });
});
