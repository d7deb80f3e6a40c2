import { isDueToday, workingDaysLeft, type Countdown } from '@shared/calendar';

/** How a deadline looks: red when overdue, amber when it falls today, plain otherwise; no countdown once resolved. */
export type DeadlineTone = 'overdue' | 'today' | 'normal' | 'closed';

export interface DeadlineState {
  readonly tone: DeadlineTone;
  readonly countdown: Countdown;
}

// Deadlines fall at the end of a day, so a screenful of rows shares a handful of them: the
// countdown (a walk over the production calendar) is worked out once per deadline and minute.
let cachedNow = Number.NaN;
const cache = new Map<number, DeadlineState>();

export function deadlineState(nowMs: number, deadlineMs: number, resolved: boolean): DeadlineState {
  if (nowMs !== cachedNow) {
    cachedNow = nowMs;
    cache.clear();
  }
  let state = cache.get(deadlineMs);
  if (!state) {
    const now = new Date(nowMs);
    const deadline = new Date(deadlineMs);
    const countdown = workingDaysLeft(now, deadline);
    const tone: DeadlineTone = countdown.overdue ? 'overdue' : isDueToday(now, deadline) ? 'today' : 'normal';
    state = { tone, countdown };
    cache.set(deadlineMs, state);
  }
  return resolved ? { ...state, tone: 'closed' } : state;
}
