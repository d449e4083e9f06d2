/**
 * When a conversation row says its last message arrived, as the clients print it in their lists:
 * `10:06`, `10:06:31`, `昨天 10:06`, `前天 10:06`, `10-12 10:06`, `10/12 10:06`, `10月12日 10:06`,
 * `2026-10-12 10:06(:31)`, `刚刚`, `30秒前`, `5分钟前`, `2小时前`. Read in the browser's local time
 * (the clock the client printed with), against `now` (injected, so tests and the page agree on
 * it). A bare date (`10-12`, `昨天`, `星期一`) says too little to time a wait and reads as
 * `undefined`, as does anything else: the worker then times the wait from when it first saw the
 * buyer waiting.
 *
 * A clock time later than `now` (the row was printed before midnight, read after it) is taken as
 * yesterday's; a month and day later than today as last year's. Relative times are as precise as
 * their unit and are cut to it (`5分钟前` read twice within a minute gives the same moment), so
 * re-reading an unchanged list reads the same.
 */

const MINUTE_MS = 60_000;
/** A row printed a moment ahead of our clock (the client's server time) is still "now". */
const CLOCK_SKEW_MS = 2 * MINUTE_MS;

const CLOCK = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`;
const TIME_ONLY = new RegExp(`^${CLOCK}$`);
const DAY_WORD = new RegExp(`^(昨天|前天)\\s*${CLOCK}$`);
const MONTH_DAY = new RegExp(String.raw`^(\d{1,2})(?:[-/.]|月)(\d{1,2})日?\s*${CLOCK}$`);
const FULL_DATE = new RegExp(String.raw`^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?\s*${CLOCK}$`);
const AGO = /^(\d{1,4})\s*(秒|分钟|小时)前$/;
const AGO_MS: Record<string, number> = { 秒: 1000, 分钟: MINUTE_MS, 小时: 60 * MINUTE_MS };

interface Clock {
  hours: number;
  minutes: number;
  seconds: number;
}

function clockOf(hours: string | undefined, minutes: string | undefined, seconds: string | undefined): Clock | null {
  const clock = { hours: Number(hours), minutes: Number(minutes), seconds: Number(seconds ?? 0) };
  return clock.hours <= 23 && clock.minutes <= 59 && clock.seconds <= 59 ? clock : null;
}

/** Local date `year-month-day` at `clock`, or null when that day does not exist (02-30). */
function localTime(year: number, month: number, day: number, { hours, minutes, seconds }: Clock): number | null {
  const date = new Date(year, month - 1, day, hours, minutes, seconds, 0);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date.getTime() : null;
}

function daysBefore(now: Date, days: number, clock: Clock): number | null {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  return localTime(day.getFullYear(), day.getMonth() + 1, day.getDate(), clock);
}

function floorTo(ms: number, unit: number): number {
  return Math.floor(ms / unit) * unit;
}

/** Epoch ms of the moment a list row's time names, or `undefined` when it names none precisely. */
export function parseListTime(text: string, now: number): number | undefined {
  const shown = text.replace(/\s+/g, ' ').trim();
  if (!shown) return undefined;
  const today = new Date(now);
  if (shown === '刚刚') return floorTo(now, MINUTE_MS);

  const ago = AGO.exec(shown);
  if (ago) {
    const unit = AGO_MS[ago[2] ?? ''] ?? MINUTE_MS;
    return floorTo(now - Number(ago[1]) * unit, Math.min(unit, MINUTE_MS));
  }

  const time = TIME_ONLY.exec(shown);
  if (time) {
    const clock = clockOf(time[1], time[2], time[3]);
    if (!clock) return undefined;
    const sameDay = daysBefore(today, 0, clock);
    if (sameDay === null) return undefined;
    return sameDay > now + CLOCK_SKEW_MS ? (daysBefore(today, 1, clock) ?? undefined) : sameDay;
  }

  const dayWord = DAY_WORD.exec(shown);
  if (dayWord) {
    const clock = clockOf(dayWord[2], dayWord[3], dayWord[4]);
    return clock ? (daysBefore(today, dayWord[1] === '昨天' ? 1 : 2, clock) ?? undefined) : undefined;
  }

  const monthDay = MONTH_DAY.exec(shown);
  if (monthDay) {
    const clock = clockOf(monthDay[3], monthDay[4], monthDay[5]);
    if (!clock) return undefined;
    const month = Number(monthDay[1]);
    const day = Number(monthDay[2]);
    const thisYear = localTime(today.getFullYear(), month, day, clock);
    if (thisYear !== null && thisYear <= now + CLOCK_SKEW_MS) return thisYear;
    return localTime(today.getFullYear() - 1, month, day, clock) ?? undefined;
  }

  const full = FULL_DATE.exec(shown);
  if (full) {
    const clock = clockOf(full[4], full[5], full[6]);
    const at = clock ? localTime(Number(full[1]), Number(full[2]), Number(full[3]), clock) : null;
    return at !== null && at <= now + CLOCK_SKEW_MS ? at : undefined;
  }
  return undefined;
}
