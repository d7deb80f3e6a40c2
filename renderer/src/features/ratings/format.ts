import type { Language } from '@shared/ipc';
import { localeOf } from '@shared/i18n';
import { MOSCOW_TIME_ZONE } from '../../i18n/format';
import type { Period } from './compute/period';
import { lastDayOf } from './compute/period';

// Numbers and dates of the ratings as people read them: "88,2 %" and "1–25 нояб. 2026" in
// Russian, "88.2%" and "1–25 Nov 2026" in English. Dates are Moscow calendar dates.

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf[language]).format(value);
}

export function formatDecimal(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(localeOf[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share 0..1 as a percentage with one decimal. */
export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A signed difference: "+3", "−0,2"; the minus is the typographic one. */
export function formatSigned(value: number, language: Language, digits = 0): string {
  const text = new Intl.NumberFormat(localeOf[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
  return text.replace('-', '−');
}

// Calendar dates are formatted at noon UTC, which is the same date in Moscow and anywhere near.
const noonOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** "1–25 нояб. 2026 г.", "28 сент. – 4 окт. 2026 г.": a period's first and last day. */
export function formatPeriod(period: Period, language: Language): string {
  const format = new Intl.DateTimeFormat(localeOf[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return format.formatRange(noonOf(period.from), noonOf(lastDayOf(period)));
}

/** "25.11.2026, 03:04" in Moscow. */
export function formatMoscowShort(instant: number | string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    timeZone: MOSCOW_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** "18 мая" — a week's Monday on a chart axis. */
export function formatDayMonth(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
  }).format(noonOf(isoDate));
}
