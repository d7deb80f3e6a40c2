import { addDays, isWeekend } from './isoDate';
import type { IsoDate } from './types';

/** Non-working holidays of Art. 112 part 1 of the Labour Code, as `MM-DD`. */
export const LABOUR_CODE_HOLIDAYS: readonly string[] = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

const cache = new Map<number, ReadonlySet<IsoDate>>();

/**
 * The days off a year has by statute alone, for years no decree has been entered for:
 * the Art. 112 holidays plus, per Art. 112 part 2, a weekend day that coincides with a
 * holiday moved to the next working day. January is the exception in the same part: its
 * weekend holidays are not moved by the Code but only by a decree, so without one they
 * are simply lost.
 */
export function statutoryDaysOff(year: number): ReadonlySet<IsoDate> {
  const known = cache.get(year);
  if (known) return known;
  const prefix = String(year).padStart(4, '0');
  const holidays = LABOUR_CODE_HOLIDAYS.map((monthDay) => `${prefix}-${monthDay}`);
  const daysOff = new Set<IsoDate>(holidays);
  for (const holiday of holidays) {
    if (holiday.slice(5, 7) === '01' || !isWeekend(holiday)) continue;
    let moved = addDays(holiday, 1);
    while (isWeekend(moved) || daysOff.has(moved)) moved = addDays(moved, 1);
    daysOff.add(moved);
  }
  cache.set(year, daysOff);
  return daysOff;
}
