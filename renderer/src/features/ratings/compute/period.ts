import { dayOfIsoDate, isoDateOfDay } from './instants';

/** A span of Moscow calendar dates, `from` included and `to` excluded, as `GET /stats/company` takes it. */
export interface Period {
  from: string;
  to: string;
}

export const periodPresets = ['week', 'month', 'quarter', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** The period chosen on the screen and the one it is compared with. */
export interface PeriodChoice {
  preset: PeriodPreset;
  current: Period;
  previous: Period;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isoDateOfDay(dayOfIsoDate(value)) === value;
}

export function addDaysTo(date: string, days: number): string {
  return isoDateOfDay(dayOfIsoDate(date) + days);
}

export function daysIn(period: Period): number {
  return dayOfIsoDate(period.to) - dayOfIsoDate(period.from);
}

function mondayOf(date: string): string {
  const day = dayOfIsoDate(date);
  // Day 0 (1970-01-01) was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return isoDateOfDay(day - ((day + 3) % 7));
}

function monthStart(year: number, month: number): string {
  const normalised = new Date(Date.UTC(year, month, 1));
  return normalised.toISOString().slice(0, 10);
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const monthIndexOf = (date: string) => Number(date.slice(5, 7)) - 1;

/** The first day of the week, month or quarter that `today` is in, and of the one before it. */
function unitStarts(preset: 'week' | 'month' | 'quarter', today: string): { start: string; before: string } {
  if (preset === 'week') {
    const start = mondayOf(today);
    return { start, before: addDaysTo(start, -7) };
  }
  const months = preset === 'month' ? 1 : 3;
  const firstMonth = monthIndexOf(today) - (monthIndexOf(today) % months);
  return {
    start: monthStart(yearOf(today), firstMonth),
    before: monthStart(yearOf(today), firstMonth - months),
  };
}

/**
 * This week, month or quarter so far (today included), compared with the same number of days
 * from the start of the week, month or quarter before: Monday to Wednesday against last Monday
 * to Wednesday, not against the weekend just before, which would make every Monday look busy.
 * Where the earlier month is shorter the comparison stops at this period's start, never overlapping it.
 */
export function presetPeriod(preset: 'week' | 'month' | 'quarter', today: string): PeriodChoice {
  const { start, before } = unitStarts(preset, today);
  const current = { from: start, to: addDaysTo(today, 1) };
  const end = addDaysTo(before, daysIn(current));
  const previous = { from: before, to: end < start ? end : start };
  return { preset, current, previous };
}

/** Chosen dates, `through` included, compared with as many days right before them. */
export function customPeriod(from: string, through: string): PeriodChoice {
  const current = { from, to: addDaysTo(through, 1) };
  return { preset: 'custom', current, previous: { from: addDaysTo(from, -daysIn(current)), to: from } };
}

/** The last day of a period, the one people see as "to". */
export function lastDayOf(period: Period): string {
  return addDaysTo(period.to, -1);
}
