import { describe, expect, it } from 'vitest';
import type { WaitingQueueView } from '../../../utils/schemas/waiting-queue';
import { queueRowsAt, redTransitions } from '../../../utils/wait-clock/queue-rows';
import { formatWait } from '../../../utils/wait-clock/wait-format';
import { thresholdSecondsFor, waitLabel, waitLevel } from '../../../utils/waiting-queue/wait-level';

const NOW = 1_780_000_000_000;

function view(buyers: Array<{ site: string; key: string; waitedMs: number; thresholdSeconds: number }>): WaitingQueueView {
  return {
    now: NOW,
    pastHalf: 0,
    buyers: buyers.map((buyer) => ({
      ...buyer,
      name: buyer.key,
      tabId: 1,
      windowId: 1,
      since: NOW - buyer.waitedMs,
      sinceFrom: 'page' as const,
      source: 'unread-badge' as const,
      level: waitLevel(buyer.waitedMs, buyer.thresholdSeconds),
    })),
  };
}

describe('the wait clock', () => {
  it('turns a wait amber at half the reply window and red at 80 %', () => {
    expect(waitLevel(89_999, 180)).toBe('ok');
    expect(waitLevel(90_000, 180)).toBe('amber');
    expect(waitLevel(143_999, 180)).toBe('amber');
    expect(waitLevel(144_000, 180)).toBe('red');
    // 京东's 30 seconds: amber at 15 s, red at 24 s.
    expect(waitLevel(15_000, 30)).toBe('amber');
    expect(waitLevel(24_000, 30)).toBe('red');
  });

  it('says "out of time" once the whole window has passed, "nearly out" before', () => {
    expect(waitLabel(150_000, 180)).toBe('red');
    expect(waitLabel(180_000, 180)).toBe('red');
    expect(waitLabel(180_001, 180)).toBe('over');
  });

  it('takes the agent’s window for a client, else the client’s default, else 180 seconds', () => {
    expect(thresholdSecondsFor('jd-dongdong', {})).toBe(30);
    expect(thresholdSecondsFor('jd-dongdong', { 'jd-dongdong': 45 })).toBe(45);
    expect(thresholdSecondsFor('my-shop', {})).toBe(180);
  });

  it('shows waits as a clock: minutes and seconds, hours once there are some', () => {
    expect(formatWait(7_400)).toBe('0:07');
    expect(formatWait(161_000)).toBe('2:41');
    expect(formatWait(3_729_000)).toBe('1:02:09');
    expect(formatWait(-5)).toBe('0:00');
  });

  it('moves every wait on from the view’s time and judges its level again, longest first', () => {
    const rows = queueRowsAt(
      view([
        { site: 'jd-dongdong', key: 'a', waitedMs: 20_000, thresholdSeconds: 30 },
        { site: 'pinduoduo', key: 'b', waitedMs: 80_000, thresholdSeconds: 180 },
      ]),
      NOW + 5_000,
    );
    expect(rows.map((row) => [row.key, row.waitedMs, row.level])).toEqual([
      ['b', 85_000, 'ok'],
      ['a', 25_000, 'red'],
    ]);
  });

  it('announces a buyer once, when seen turning red, and not one first seen already red', () => {
    const first = queueRowsAt(view([{ site: 'feige', key: 'a', waitedMs: 140_000, thresholdSeconds: 180 }, { site: 'feige', key: 'b', waitedMs: 170_000, thresholdSeconds: 180 }]), NOW);
    const seen = redTransitions(new Map(), first);
    expect(seen.turnedRed).toEqual([]);
    const later = redTransitions(seen.seen, queueRowsAt(view([{ site: 'feige', key: 'a', waitedMs: 140_000, thresholdSeconds: 180 }, { site: 'feige', key: 'b', waitedMs: 170_000, thresholdSeconds: 180 }]), NOW + 5_000));
    expect(later.turnedRed.map((row) => row.key)).toEqual(['a']);
    const again = redTransitions(later.seen, queueRowsAt(view([{ site: 'feige', key: 'a', waitedMs: 140_000, thresholdSeconds: 180 }]), NOW + 9_000));
    expect(again.turnedRed).toEqual([]);
  });
});

describe('the agent’s response figures for the chart', () => {
  it('gives one series per client, most replies first, with 0 on days without replies', async () => {
    const { withinWindowByDay } = await import('../../../utils/wait-clock/response-figures');
    const days = ['2026-12-04', '2026-12-05', '2026-12-06'];
    const figures = [
      { day: '2026-12-06', site: 'jd-dongdong', replies: 12, withinWindow: 9, medianFirstReplyMs: 1, slowestFirstReplyMs: 2 },
      { day: '2026-12-06', site: 'pinduoduo', replies: 30, withinWindow: 28, medianFirstReplyMs: 1, slowestFirstReplyMs: 2 },
      { day: '2026-12-04', site: 'pinduoduo', replies: 8, withinWindow: 8, medianFirstReplyMs: 1, slowestFirstReplyMs: 2 },
    ];
    expect(withinWindowByDay(figures, days)).toEqual([
      { site: 'pinduoduo', values: [8, 0, 28] },
      { site: 'jd-dongdong', values: [0, 0, 9] },
    ]);
  });
});

describe('client names', () => {
  it('names a stock client as the settings do, in either language, and any other client by its id', async () => {
    const { clientName } = await import('../../../utils/i18n/client-name');
    expect(clientName('zh-CN', 'jd-dongdong')).toBe('京东咚咚');
    expect(clientName('en', 'feige')).toBe('Douyin shop (Feige)');
    expect(clientName('zh-CN', 'my-shop')).toBe('my-shop');
  });
});
