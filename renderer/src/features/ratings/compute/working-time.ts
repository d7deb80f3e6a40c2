import { isWorkingDay } from '@shared/calendar';
import { DAY_MS, HOUR_MS, isoDateOfDay, moscowDayNumber, moscowDayStartMs } from './instants';

/**
 * Working hours between instants, as `workingHoursBetween` of shared/calendar defines them
 * (every hour of a Moscow working day counts, no hour of a weekend or holiday does), but in
 * constant time per question: the working milliseconds before each day are summed once, so a
 * year of issues is not a day-by-day walk per issue. Grows to cover whatever days it is asked about.
 */
export class WorkingTime {
  private firstDay = 0;
  /** workingBefore[i]: working milliseconds from the first day's start to day (firstDay + i)'s start. */
  private workingBefore = new Float64Array(0);
  private working = new Uint8Array(0);

  private cover(day: number): void {
    const count = this.working.length;
    if (count > 0 && day >= this.firstDay && day < this.firstDay + count) return;
    const last = this.firstDay + count - 1;
    // Grow by at least a year, and by at least what is covered already, at the end that needs
    // it: asking about days in order then costs a rebuild now and then, not one per day.
    const margin = Math.max(366, count);
    const from = count === 0 ? day - 366 : day < this.firstDay ? day - margin : this.firstDay;
    const through = count === 0 ? day + 366 : day > last ? day + margin : last;
    const size = through - from + 1;
    const working = new Uint8Array(size);
    const before = new Float64Array(size + 1);
    for (let index = 0; index < size; index += 1) {
      working[index] = isWorkingDay(isoDateOfDay(from + index)) ? 1 : 0;
      before[index + 1] = (before[index] ?? 0) + (working[index] === 1 ? DAY_MS : 0);
    }
    this.firstDay = from;
    this.working = working;
    this.workingBefore = before;
  }

  /** Working milliseconds from the start of the covered range to `ms`. */
  private workingMsUpTo(ms: number): number {
    const day = moscowDayNumber(ms);
    this.cover(day);
    const index = day - this.firstDay;
    const intoDay = this.working[index] === 1 ? ms - moscowDayStartMs(day) : 0;
    return (this.workingBefore[index] ?? 0) + intoDay;
  }

  /** Fractional working hours from `fromMs` to `toMs`; 0 when `toMs` is not after `fromMs`. */
  hoursBetween(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    // Both ends first, so that the second cannot move the range under the first's index.
    this.cover(moscowDayNumber(fromMs));
    this.cover(moscowDayNumber(toMs));
    return (this.workingMsUpTo(toMs) - this.workingMsUpTo(fromMs)) / HOUR_MS;
  }

  isWorkingDay(day: number): boolean {
    this.cover(day);
    return this.working[day - this.firstDay] === 1;
  }

  /**
   * An issue's deadline as shared/calendar's `deadlineAt` counts it (the end, 23:59:59 Moscow,
   * of the `slaWorkingDays`-th working day after the day of receipt, a non-working day of
   * receipt moved to the next working day), in day numbers rather than date strings: a year's
   * reopened issues each need one.
   */
  deadlineMs(receivedMs: number, slaWorkingDays: number): number {
    let day = moscowDayNumber(receivedMs);
    while (!this.isWorkingDay(day)) day += 1;
    for (let counted = 0; counted < slaWorkingDays;) {
      day += 1;
      if (this.isWorkingDay(day)) counted += 1;
    }
    return moscowDayStartMs(day + 1) - 1000;
  }
}

/** The production calendar does not change while the app runs: one instance serves every computation. */
export const sharedWorkingTime = new WorkingTime();
