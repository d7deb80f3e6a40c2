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

/** The countdown for a dense table cell. */
export function countdownShort(state: DeadlineState, t: TFunction): string {
  switch (state.tone) {
    case 'closed':
      return '';
    case 'overdue':
      return t('common.deadline.overdueShort', { span: span(state.countdown, t) });
    case 'today':
      return t('common.deadline.todayShort', { span: span(state.countdown, t) });
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
