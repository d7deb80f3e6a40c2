import { moscowDateOf } from '@shared/calendar';
import type { Language } from '@shared/ipc';
import { localeOf } from '@shared/i18n';
import { MOSCOW_TIME_ZONE } from '../../i18n/format';

// Compact Moscow dates for dense tables. Formatters are built once: creating an
// Intl.DateTimeFormat per cell would be the slowest part of rendering a row.

const month: Record<Language, '2-digit' | 'short'> = { ru: '2-digit', en: 'short' };

const build = (language: Language, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(localeOf[language], {
    timeZone: MOSCOW_TIME_ZONE,
    day: '2-digit',
    month: month[language],
    ...options,
  });

const formats = {
  ru: { date: build('ru', {}), dateYear: build('ru', { year: '2-digit' }) },
  en: { date: build('en', {}), dateYear: build('en', { year: '2-digit' }) },
};
const times: Record<Language, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat(localeOf.ru, {
    timeZone: MOSCOW_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat(localeOf.en, {
    timeZone: MOSCOW_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/** "02.12" this year, "02.12.25" another year (Moscow dates). */
export function formatCompactDate(ms: number, language: Language, nowMs = Date.now()): string {
  const sameYear = moscowDateOf(ms).slice(0, 4) === moscowDateOf(nowMs).slice(0, 4);
  return (sameYear ? formats[language].date : formats[language].dateYear).format(ms);
}

/** "02.12 14:05": a compact date with the Moscow time. */
export function formatCompactDateTime(ms: number, language: Language, nowMs = Date.now()): string {
  return `${formatCompactDate(ms, language, nowMs)} ${times[language].format(ms)}`;
}

const full: Record<Language, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat(localeOf.ru, {
    timeZone: MOSCOW_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat(localeOf.en, {
    timeZone: MOSCOW_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/** "2 дек. 2026 г., 23:59" in Moscow time, as `formatMoscowDateTime` but with a formatter built once. */
export function formatFullDateTime(ms: number, language: Language): string {
  return full[language].format(ms);
}
