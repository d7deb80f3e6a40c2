import { productionYears } from './data';
import { addDays, dayNumberOf, isWeekend, yearOf } from './isoDate';
import { statutoryDaysOff } from './labourCode';
import type { IsoDate } from './types';

interface YearLookup {
  readonly holidays: ReadonlySet<IsoDate>;
  readonly workingWeekends: ReadonlySet<IsoDate>;
}

// Sets, built once, because deadline and countdown loops ask about many days in a row.
const lookups = new Map<number, YearLookup>(
  [...productionYears.values()].map((entry) => [
    entry.year,
    { holidays: new Set(entry.holidays), workingWeekends: new Set(entry.workingWeekends) },
  ]),
);

/**
 * Whether `date` is a working day of the Russian production calendar (five-day week).
 * Outside `coveredYears`: Monday–Friday except the Labour Code's holidays and its weekend
 * shifts (Art. 112), with no decree transfers.
 */
export function isWorkingDay(date: IsoDate): boolean {
  const weekend = isWeekend(date);
  const year = yearOf(date);
  const known = lookups.get(year);
  if (!known) return !weekend && !statutoryDaysOff(year).has(date);
  return weekend ? known.workingWeekends.has(date) : !known.holidays.has(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The `n`-th working day after `date`; `date` itself is never counted, whether it is a
 * working day or not (Saturday + 1 is Monday). `n = 0` means "`date`, or the next working
 * day if `date` is not one", which is how a day of receipt is normalised.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  assertCount(n);
  if (n === 0) return isWorkingDay(date) ? date : nextWorkingDay(date);
  let day = date;
  for (let counted = 0; counted < n; counted += 1) day = nextWorkingDay(day);
  return day;
}

/**
 * Counts already made, by their two days: a queue of thousands of rows asks for few distinct
 * pairs (today and each deadline's day), and a long-overdue issue's count walks many days.
 */
const counted = new Map<string, number>();
const COUNTS_KEPT = 4096;

/** How many working days fall after `after` and up to and including `through` (0 if none). */
export function countWorkingDays(after: IsoDate, through: IsoDate): number {
  const key = `${after}/${through}`;
  const known = counted.get(key);
  if (known !== undefined) return known;
  const count = walkWorkingDays(after, through);
  if (counted.size >= COUNTS_KEPT) counted.clear();
  counted.set(key, count);
  return count;
}

function walkWorkingDays(after: IsoDate, through: IsoDate): number {
  let count = 0;
  const last = dayNumberOf(through);
  for (let day = addDays(after, 1); dayNumberOf(day) <= last; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Expected a whole number of working days >= 0, got ${n}`);
  }
}
