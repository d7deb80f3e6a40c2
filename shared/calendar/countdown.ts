import { addDays } from './isoDate';
import { moscowDateOf, moscowDayEnd, moscowDayStart } from './moscow';
import { epochMsOf } from './instant';
import type { Instant } from './types';
import { countWorkingDays, isWorkingDay } from './workdays';

/** What a dispatcher sees next to an issue: time left, or how late it is. */
export interface Countdown {
  readonly overdue: boolean;
  readonly workingDays: number;
  readonly hours: number;
  readonly minutes: number;
}

/**
 * The countdown to `deadline` at `now`, on Moscow days. Only working days count down, so the
 * figure stands still over weekends and holidays instead of jumping up and down.
 *
 * Overdue means `now >= deadline`, matching the contract's "on time = sent before deadlineAt".
 *
 * Not overdue:
 * - `workingDays`: working days after today, up to and including the deadline's day;
 * - `hours`/`minutes`: clock time from `now` to 23:59:59 today (or to the deadline, if it
 *   is today), only when today is a working day, otherwise 0; rounded down, so 10:00
 *   shows 13 h 59 min and the countdown never promises time that is not there.
 *
 * Overdue:
 * - `workingDays`: working days after the deadline's day and before today (whole days lost);
 * - `hours`/`minutes`: clock time elapsed today since 00:00 (or since the deadline, if it
 *   was today), only when today is a working day, otherwise 0; rounded down.
 */
export function workingDaysLeft(now: Instant, deadline: Instant): Countdown {
  const nowMs = epochMsOf(now);
  const deadlineMs = epochMsOf(deadline);
  const today = moscowDateOf(nowMs);
  const deadlineDay = moscowDateOf(deadlineMs);
  const workingToday = isWorkingDay(today);

  if (nowMs < deadlineMs) {
    const todayEnds = Math.min(moscowDayEnd(today), deadlineMs);
    const left = workingToday ? Math.max(0, todayEnds - nowMs) : 0;
    return { overdue: false, workingDays: countWorkingDays(today, deadlineDay), ...hoursAndMinutes(left) };
  }
  const todayStarted = Math.max(moscowDayStart(today), deadlineMs);
  const late = workingToday ? nowMs - todayStarted : 0;
  return {
    overdue: true,
    workingDays: countWorkingDays(deadlineDay, addDays(today, -1)),
    ...hoursAndMinutes(late),
  };
}

/** Whether the deadline falls on today's Moscow date and has not passed yet. */
export function isDueToday(now: Instant, deadline: Instant): boolean {
  const nowMs = epochMsOf(now);
  const deadlineMs = epochMsOf(deadline);
  return nowMs < deadlineMs && moscowDateOf(nowMs) === moscowDateOf(deadlineMs);
}

function hoursAndMinutes(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.floor(ms / 60_000);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
