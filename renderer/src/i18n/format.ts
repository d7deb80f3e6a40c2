import type { Language } from '@shared/ipc';
import { localeOf } from '@shared/i18n';

// Deadlines are the city's, and the city keeps Moscow time: every date on screen is shown
// in Europe/Moscow whatever the computer's own time zone is.
export const MOSCOW_TIME_ZONE = 'Europe/Moscow';

export function formatMoscowDateTime(instant: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    timeZone: MOSCOW_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

export function formatMoscowClock(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    timeZone: MOSCOW_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}
