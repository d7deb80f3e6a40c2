import { moscowDateOf, moscowDayEnd, toMoscowRfc3339 } from './moscow';
import type { Instant } from './types';
import { addWorkingDays } from './workdays';

/**
 * An issue's `deadlineAt` as the city API defines it: the end (23:59:59 Moscow) of the
 * `slaWorkingDays`-th working day after the day of receipt. The day of receipt is not
 * counted; an issue received on a non-working day counts as received on the next working
 * day, which is not counted either. For a reopened issue pass the reopening instant.
 *
 * `slaWorkingDays = 0` gives the end of the (normalised) day of receipt.
 * Returns RFC 3339 with the Moscow offset, e.g. `2026-03-31T23:59:59+03:00`.
 */
export function deadlineAt(receivedAt: Instant, slaWorkingDays: number): string {
  const countedFrom = addWorkingDays(moscowDateOf(receivedAt), 0);
  const deadlineDay = addWorkingDays(countedFrom, slaWorkingDays);
  return toMoscowRfc3339(moscowDayEnd(deadlineDay));
}
