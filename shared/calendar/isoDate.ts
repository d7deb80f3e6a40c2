import type { IsoDate } from './types';

// Calendar dates are handled as whole days since the Unix epoch and converted through UTC,
// so the arithmetic never depends on the time zone of the machine it runs on.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date; throws on anything that is not a real date. */
export function dayNumberOf(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const ms = Date.UTC(year, month - 1, day);
    // Date.UTC rolls 2026-02-30 over to March; comparing back rejects such dates.
    if (isoDateOfDayNumber(ms / DAY_MS) === date) return ms / DAY_MS;
  }
  throw new RangeError(`Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
}

export function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOfDayNumber(dayNumberOf(date) + days);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(dayNumberOf(date) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}
