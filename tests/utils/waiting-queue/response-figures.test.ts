import { describe, expect, it } from 'vitest';
import {
  addFirstReplies,
  FIRST_REPLIES_KEPT_PER_DAY,
  localDay,
  measureFirstReply,
  medianMs,
  recentSummaries,
} from '../../../utils/waiting-queue/response-figures';
import type { ResponseDay } from '../../../utils/schemas/waiting-queue';
import type { FirstReply } from '../../../utils/schemas/waiting-queue-state';

/** The agent works in China: days start at 00:00 UTC+8. */
const CHINA = -480;
const inChina = (at: number) => localDay(at, CHINA);
const SEC = 1000;
const DAY = 86_400_000;
/** 2026-12-06 10:00 in Beijing. */
const NOW = Date.UTC(2026, 11, 6, 2, 0, 0);

const reply = (site: string, waitedSeconds: number, at = NOW, thresholdSeconds = 180): FirstReply =>
  measureFirstReply({ site, since: at - waitedSeconds * SEC }, at, thresholdSeconds);

describe('the agent’s day', () => {
  it('is the local calendar date, not UTC’s', () => {
    // 2026-12-05 23:30 UTC is already the 6th in Beijing.
    expect(localDay(Date.UTC(2026, 11, 5, 23, 30), CHINA)).toBe('2026-12-06');
    expect(localDay(Date.UTC(2026, 11, 5, 15, 59), CHINA)).toBe('2026-12-05');
    expect(localDay(Date.UTC(2026, 11, 5, 23, 30), 0)).toBe('2026-12-05');
  });
});

describe('a first reply', () => {
  it('is how long the buyer waited until the list showed them answered, within the window when no longer than it', () => {
    expect(measureFirstReply({ site: 'feige', since: NOW - 180 * SEC }, NOW, 180)).toEqual({ site: 'feige', at: NOW, waitedMs: 180_000, thresholdSeconds: 180, withinWindow: true });
    expect(measureFirstReply({ site: 'jd-dongdong', since: NOW - 31 * SEC }, NOW, 30)).toMatchObject({ waitedMs: 31_000, withinWindow: false });
  });
});

describe('the daily figures', () => {
  it('count replies and those within the window per client and local day, with each wait for the median', () => {
    const days = addFirstReplies([], [reply('feige', 40), reply('feige', 200), reply('jd-dongdong', 20, NOW, 30)], NOW, inChina);

    expect(days).toEqual([
      { day: '2026-12-06', site: 'feige', replies: 2, withinWindow: 1, firstReplyMs: [40_000, 200_000] },
      { day: '2026-12-06', site: 'jd-dongdong', replies: 1, withinWindow: 1, firstReplyMs: [20_000] },
    ]);
  });

  it('add to the day already stored, and start a new one after local midnight', () => {
    const today = addFirstReplies([], [reply('feige', 40)], NOW, inChina);
    const again = addFirstReplies(today, [reply('feige', 60)], NOW + 60 * SEC, inChina);
    const tomorrow = addFirstReplies(again, [reply('feige', 10, NOW + DAY)], NOW + DAY, inChina);

    expect(tomorrow.map(({ day, replies }) => ({ day, replies }))).toEqual([
      { day: '2026-12-07', replies: 1 },
      { day: '2026-12-06', replies: 2 },
    ]);
  });

  it('keep 31 days and drop older ones', () => {
    const old: ResponseDay[] = [
      { day: '2026-11-06', site: 'feige', replies: 1, withinWindow: 1, firstReplyMs: [1000] },
      { day: '2026-11-05', site: 'feige', replies: 1, withinWindow: 1, firstReplyMs: [1000] },
    ];
    const days = addFirstReplies(old, [reply('feige', 5)], NOW, inChina);

    expect(days.map((day) => day.day)).toEqual(['2026-12-06', '2026-11-06']);
  });

  it('keep the newest waits of a busy day, while its counts keep counting every reply', () => {
    const busy: ResponseDay = {
      day: '2026-12-06',
      site: 'feige',
      replies: FIRST_REPLIES_KEPT_PER_DAY,
      withinWindow: FIRST_REPLIES_KEPT_PER_DAY,
      firstReplyMs: Array.from({ length: FIRST_REPLIES_KEPT_PER_DAY }, (_, index) => index),
    };
    const [day] = addFirstReplies([busy], [reply('feige', 500)], NOW, inChina);

    expect(day?.replies).toBe(FIRST_REPLIES_KEPT_PER_DAY + 1);
    expect(day?.withinWindow).toBe(FIRST_REPLIES_KEPT_PER_DAY);
    expect(day?.firstReplyMs).toHaveLength(FIRST_REPLIES_KEPT_PER_DAY);
    expect(day?.firstReplyMs[0]).toBe(1);
    expect(day?.firstReplyMs.at(-1)).toBe(500_000);
  });

  it('never change the stored days they were given', () => {
    const stored: ResponseDay[] = [{ day: '2026-12-06', site: 'feige', replies: 1, withinWindow: 1, firstReplyMs: [1000] }];
    addFirstReplies(stored, [reply('feige', 5)], NOW, inChina);

    expect(stored[0]).toEqual({ day: '2026-12-06', site: 'feige', replies: 1, withinWindow: 1, firstReplyMs: [1000] });
  });
});

describe('the summaries for the console chart and the lead’s report', () => {
  it('give the median and the slowest first reply per client and day, newest day first, over the days asked', () => {
    let days: ResponseDay[] = [];
    days = addFirstReplies(days, [reply('feige', 30, NOW - 2 * DAY)], NOW - 2 * DAY, inChina);
    days = addFirstReplies(days, [reply('feige', 10), reply('feige', 50), reply('feige', 200), reply('kuaishou', 7)], NOW, inChina);

    expect(recentSummaries(days, 7, NOW, inChina)).toEqual([
      { day: '2026-12-06', site: 'feige', replies: 3, withinWindow: 2, medianFirstReplyMs: 50_000, slowestFirstReplyMs: 200_000 },
      { day: '2026-12-06', site: 'kuaishou', replies: 1, withinWindow: 1, medianFirstReplyMs: 7_000, slowestFirstReplyMs: 7_000 },
      { day: '2026-12-04', site: 'feige', replies: 1, withinWindow: 1, medianFirstReplyMs: 30_000, slowestFirstReplyMs: 30_000 },
    ]);
    expect(recentSummaries(days, 1, NOW, inChina).map((summary) => summary.day)).toEqual(['2026-12-06', '2026-12-06']);
  });

  it('take the middle of an even count as the mean of the two middle waits, and nothing of an empty day', () => {
    expect(medianMs([4000, 1000, 3000, 2000])).toBe(2500);
    expect(medianMs([])).toBeNull();
  });
});
