import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { epochMsOf } from './instant';
import { dayNumberOf, isoDateOfDayNumber } from './isoDate';
import type { Instant, IsoDate } from './types';

export const MOSCOW_TZ = 'Europe/Moscow';

// Moscow has kept UTC+3 all year, with no daylight saving, since 26 October 2014. Day
// arithmetic therefore uses this fixed offset instead of a tz database lookup: it is exact
// for every instant since then, costs nothing in the per-day loops, and gives the same
// answer in Node, Electron and any browser. Instants before 2014-10-26 are out of scope.
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const MOSCOW_OFFSET = '+03:00';
const DAY_MS = 86_400_000;

/** The calendar date in Moscow at the given instant, `YYYY-MM-DD`. */
export function moscowDateOf(instant: Instant | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : epochMsOf(instant);
  return isoDateOfDayNumber(Math.floor((ms + MOSCOW_OFFSET_MS) / DAY_MS));
}

/** Epoch milliseconds of 00:00:00 Moscow time `days` days after the Moscow day of `ms` (by arithmetic). */
export function moscowDayStartAfter(ms: number, days: number): number {
  return (Math.floor((ms + MOSCOW_OFFSET_MS) / DAY_MS) + days) * DAY_MS - MOSCOW_OFFSET_MS;
}

/** Epoch milliseconds of 00:00:00 Moscow time on `date`. */
export function moscowDayStart(date: IsoDate): number {
  return dayNumberOf(date) * DAY_MS - MOSCOW_OFFSET_MS;
}

/**
 * Epoch milliseconds of 23:59:59 Moscow time on `date`: the contract writes a deadline as
 * this last whole second of the day, so the same instant is used wherever a day "ends".
 */
export function moscowDayEnd(date: IsoDate): number {
  return moscowDayStart(date) + DAY_MS - 1000;
}

/**
 * RFC 3339 in Moscow time, the way the city server answers, e.g. `2026-03-31T23:59:59+03:00`.
 * Milliseconds appear only when the instant has them, so whole-second times stay short.
 */
export function toMoscowRfc3339(instant: Instant | number): string {
  const ms = typeof instant === 'number' ? instant : epochMsOf(instant);
  const local = new Date(ms + MOSCOW_OFFSET_MS).toISOString();
  const seconds = ms % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23);
  return `${seconds}${MOSCOW_OFFSET}`;
}

/** Formats an instant in Moscow time with a date-fns pattern, e.g. `dd.MM.yyyy HH:mm`. */
export function formatMoscow(instant: Instant, pattern: string): string {
  return format(new TZDate(epochMsOf(instant), MOSCOW_TZ), pattern);
}
