import type { TFunction } from 'i18next';
import type { Countdown } from '@shared/calendar';
import type { DeadlineState } from './deadline-state';

// The words live with the queue's (features/queue/messages.ts, `common.deadline.*`), the
// screen that introduced them; every screen that shows a deadline uses these two functions.

/** "3 р.д. 5 ч", "5 ч 20 мин": whole working days and the hours of today, or hours and minutes when no day is left. */
function span(countdown: Countdown, t: TFunction): string {
  const { workingDays, hours, minutes } = countdown;
  const parts: string[] = [];
  if (workingDays > 0) {
    parts.push(t('common.deadline.daysShort', { count: workingDays }));
    if (hours > 0) parts.push(t('common.deadline.hoursShort', { count: hours }));
  } else {
    if (hours > 0) parts.push(t('common.deadline.hoursShort', { count: hours }));
    parts.push(t('common.deadline.minutesShort', { count: minutes }));
  }
  return parts.join(' ');
}

/**
 * How late, or how long is left today, in the largest unit: "22 р.д.", "5 ч", "31 мин". In a
 * table cell the days late are what a dispatcher reads; the hours of today beside them made
 * the chip too long for its column (the full words are in its tooltip).
 */
function largestUnit(countdown: Countdown, t: TFunction): string {
  const { workingDays, hours, minutes } = countdown;
  if (workingDays > 0) return t('common.deadline.daysShort', { count: workingDays });
  if (hours > 0) return t('common.deadline.hoursShort', { count: hours });
  return t('common.deadline.minutesShort', { count: minutes });
}

/** The countdown for a dense table cell. */
export function countdownShort(state: DeadlineState, t: TFunction): string {
  switch (state.tone) {
    case 'closed':
      return '';
    case 'overdue':
      return t('common.deadline.overdueShort', { span: largestUnit(state.countdown, t) });
    case 'today':
      return t('common.deadline.todayShort', { span: largestUnit(state.countdown, t) });
    case 'normal':
      return span(state.countdown, t);
  }
}

/** The countdown in full words, for a tooltip or a screen reader. */
export function countdownLong(state: DeadlineState, t: TFunction): string {
  const { workingDays, hours, minutes, overdue } = state.countdown;
  const values = {
    days: t('common.deadline.workingDays', { count: workingDays }),
    hours,
    minutes,
  };
  if (state.tone === 'closed') return '';
  return overdue ? t('common.deadline.overdueLong', values) : t('common.deadline.leftLong', values);
}
