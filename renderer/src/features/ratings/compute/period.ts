import { dayOfIsoDate, isoDateOfDay } from './instants';

/** A span of Moscow calendar dates, `from` included and `to` excluded, as `GET /stats/company` takes it. */
export interface Period {
  from: string;
  to: string;
}

/** The periods a manager thinks in, in the order the screen offers them; `custom` is dates of one's own. */
export const periodPresets = ['week', 'days30', 'month', 'lastMonth', 'quarter', 'year', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export type NamedPreset = Exclude<PeriodPreset, 'custom'>;

/** What the ratings open on: the last 30 days, as the city's own figures do without dates. */
export const DEFAULT_PRESET: NamedPreset = 'days30';

export const isNamedPreset = (value: string | null): value is NamedPreset =>
  periodPresets.some((preset) => preset === value && preset !== 'custom');

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

function monthStart(year: number, month: number): string {
  const normalised = new Date(Date.UTC(year, month, 1));
  return normalised.toISOString().slice(0, 10);
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const monthIndexOf = (date: string) => Number(date.slice(5, 7)) - 1;

/** The last `days` days, today included, against as many days right before them. */
function lastDays(preset: NamedPreset, days: number, today: string): PeriodChoice {
  const current = { from: addDaysTo(today, 1 - days), to: addDaysTo(today, 1) };
  return { preset, current, previous: { from: addDaysTo(current.from, -days), to: current.from } };
}

/**
 * This month, quarter or year so far (today included), compared with the same number of days
 * from the start of the one before. Where the earlier month is shorter the comparison stops at
 * this period's start, never overlapping it.
 */
function soFar(preset: NamedPreset, months: number, today: string): PeriodChoice {
  const firstMonth = monthIndexOf(today) - (monthIndexOf(today) % months);
  const start = monthStart(yearOf(today), firstMonth);
  const before = monthStart(yearOf(today), firstMonth - months);
  const current = { from: start, to: addDaysTo(today, 1) };
  const end = addDaysTo(before, daysIn(current));
  return { preset, current, previous: { from: before, to: end < start ? end : start } };
}

/**
 * A named period ending today. The week and the 30 days roll (never one day long on a Monday
 * or on the 1st); this month, the quarter and the year are the calendar's, so far; last month
 * is the whole month before this one, against the month before it.
 */
export function presetPeriod(preset: NamedPreset, today: string): PeriodChoice {
  switch (preset) {
    case 'week':
      return lastDays(preset, 7, today);
    case 'days30':
      return lastDays(preset, 30, today);
    case 'month':
      return soFar(preset, 1, today);
    case 'quarter':
      return soFar(preset, 3, today);
    case 'year':
      return soFar(preset, 12, today);
    case 'lastMonth': {
      const thisMonth = monthStart(yearOf(today), monthIndexOf(today));
      const from = monthStart(yearOf(today), monthIndexOf(today) - 1);
      const previous = { from: monthStart(yearOf(today), monthIndexOf(today) - 2), to: from };
      return { preset, current: { from, to: thisMonth }, previous };
    }
  }
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
