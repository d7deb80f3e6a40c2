import { addDays } from './isoDate';
import { epochMsOf } from './instant';
import { moscowDateOf, moscowDayStart } from './moscow';
import type { Instant } from './types';
import { isWorkingDay } from './workdays';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Clock hours between two instants that fall on Moscow working days: a working day counts
 * all its 24 hours, a non-working day none (used for "median working hours to the first
 * report"). Fractional; 0 when `to` is not after `from`, so a report stamped a moment
 * before its issue's receipt reads as immediate rather than negative.
 */
export function workingHoursBetween(from: Instant, to: Instant): number {
  const fromMs = epochMsOf(from);
  const toMs = epochMsOf(to);
  let total = 0;
  for (let day = moscowDateOf(fromMs); moscowDayStart(day) < toMs; day = addDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const start = moscowDayStart(day);
    total += Math.max(0, Math.min(toMs, start + DAY_MS) - Math.max(fromMs, start));
  }
  return total / HOUR_MS;
}
