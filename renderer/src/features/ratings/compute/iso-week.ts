import { isoDateOfDay } from './instants';

export interface IsoWeek {
  /** The Monday that starts the week, `YYYY-MM-DD` (Moscow). */
  monday: string;
  /** ISO 8601 week-numbering year and week: 2026-W01 may start in December 2025. */
  year: number;
  week: number;
}

/** The Monday of the ISO week a day number falls in. */
export function mondayDayOf(day: number): number {
  // Day 0 (1970-01-01) was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return day - ((day + 3) % 7);
}

export function isoWeekOfMonday(mondayDay: number): IsoWeek {
  // The ISO year is the year of the week's Thursday; week 1 is the week with the year's first Thursday.
  const thursday = isoDateOfDay(mondayDay + 3);
  const year = Number(thursday.slice(0, 4));
  const januaryFirst = Date.UTC(year, 0, 1) / 86_400_000;
  const week = Math.floor((mondayDay + 3 - januaryFirst) / 7) + 1;
  return { monday: isoDateOfDay(mondayDay), year, week };
}
