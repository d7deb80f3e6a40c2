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

/** A whole number as the language writes it: «85 000», "85,000". */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf[language]).format(value);
}

/** A Moscow calendar date: «14.03.2025», "14/03/2025". */
export function formatMoscowDate(instant: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    timeZone: MOSCOW_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant));
}

/**
 * A rough span of time for an estimate, in the language's short units: «40 с», «2 мин»,
 * «1,5 ч»; "40 sec", "2 min", "1.5 hr". Seconds in tens, minutes whole, hours to a half.
 */
export function formatApproxDuration(ms: number, language: Language): string {
  const seconds = Math.max(0, ms / 1000);
  const unit = (value: number, name: 'second' | 'minute' | 'hour', digits = 0) =>
    new Intl.NumberFormat(localeOf[language], {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    }).format(value);
  if (seconds < 55) return unit(Math.max(10, Math.ceil(seconds / 10) * 10), 'second');
  if (seconds < 90 * 60) return unit(Math.max(1, Math.round(seconds / 60)), 'minute');
  return unit(Math.round(seconds / 1800) / 2, 'hour', 1);
}
