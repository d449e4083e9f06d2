import { describe, expect, it } from 'vitest';
import { parseListTime } from '../../../utils/sites/list-time';

/** Local times, as the clients print them: the tests run in whatever zone the machine has. */
const at = (year: number, month: number, day: number, hours: number, minutes: number, seconds = 0): number =>
  new Date(year, month - 1, day, hours, minutes, seconds).getTime();
const NOW = at(2026, 10, 12, 10, 30, 15);

describe('reading the time a conversation row shows', () => {
  it('reads today’s clock times, with or without seconds', () => {
    expect(parseListTime('10:06', NOW)).toBe(at(2026, 10, 12, 10, 6));
    expect(parseListTime(' 9:05 ', NOW)).toBe(at(2026, 10, 12, 9, 5));
    expect(parseListTime('10:06:31', NOW)).toBe(at(2026, 10, 12, 10, 6, 31));
  });

  it('takes a clock time later than now as yesterday’s (printed before midnight, read after it)', () => {
    const justAfterMidnight = at(2026, 10, 12, 0, 3);
    expect(parseListTime('23:58', justAfterMidnight)).toBe(at(2026, 10, 11, 23, 58));
    // A row a moment ahead of our clock (the client's server time) is still today's.
    expect(parseListTime('10:31', NOW)).toBe(at(2026, 10, 12, 10, 31));
  });

  it('reads 昨天 / 前天, month-day and full dates with a clock time', () => {
    expect(parseListTime('昨天 18:20', NOW)).toBe(at(2026, 10, 11, 18, 20));
    expect(parseListTime('昨天18:20', NOW)).toBe(at(2026, 10, 11, 18, 20));
    expect(parseListTime('前天 08:00', NOW)).toBe(at(2026, 10, 10, 8, 0));
    expect(parseListTime('10-09 14:02', NOW)).toBe(at(2026, 10, 9, 14, 2));
    expect(parseListTime('10/09 14:02', NOW)).toBe(at(2026, 10, 9, 14, 2));
    expect(parseListTime('10月9日 14:02', NOW)).toBe(at(2026, 10, 9, 14, 2));
    expect(parseListTime('2026-10-12 10:01:05', NOW)).toBe(at(2026, 10, 12, 10, 1, 5));
    expect(parseListTime('2026/9/30 23:59', NOW)).toBe(at(2026, 9, 30, 23, 59));
  });

  it('takes a month and day later than today as last year’s', () => {
    expect(parseListTime('12-31 22:00', at(2027, 1, 1, 0, 10))).toBe(at(2026, 12, 31, 22, 0));
  });

  it('reads 刚刚 and “N 秒/分钟/小时前” back from now, as precise as their unit (the same all minute long)', () => {
    expect(parseListTime('刚刚', NOW)).toBe(at(2026, 10, 12, 10, 30));
    expect(parseListTime('30秒前', NOW)).toBe(at(2026, 10, 12, 10, 29, 45));
    expect(parseListTime('5分钟前', NOW)).toBe(at(2026, 10, 12, 10, 25));
    expect(parseListTime('5分钟前', NOW + 40_000)).toBe(at(2026, 10, 12, 10, 25));
    expect(parseListTime('2 小时前', NOW)).toBe(at(2026, 10, 12, 8, 30));
  });

  it('reads a bare date, a weekday, a future date, an impossible time or any other text as no time', () => {
    for (const text of ['', '昨天', '10-09', '星期一', '周二', '2026-10-13 09:00', '25:10', '10:61', '02-30 10:00', '已读', '在吗', '1', '10:06到货']) {
      expect(parseListTime(text, NOW), text).toBeUndefined();
    }
  });
});
