import { formatMoscow, toMoscowRfc3339 } from '@shared/calendar';
import type { Language } from '@shared/ipc';

// The date pickers work with the computer's own Date: a Date whose local fields read the
// Moscow wall clock stands for a Moscow time, whatever zone the computer is in (Moscow keeps
// UTC+3 all year, so the way back is exact).

/** How dates are written: 01.12.2026 in Russian, 01/12/2026 in English, always 24-hour. */
export const datePatterns: Readonly<Record<Language, string>> = { ru: 'dd.MM.yyyy', en: 'dd/MM/yyyy' };

export const formatMoscowDate = (instant: string, language: Language): string =>
  formatMoscow(instant, datePatterns[language]);

export const formatMoscowDateTimeNumeric = (instant: string, language: Language): string =>
  formatMoscow(instant, `${datePatterns[language]} HH:mm`);

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A whole date, not one half typed: while a person types the year section by section the
 * picker passes years such as 2 or 202, which are real Dates but no one's completion time.
 */
const isWhole = (wall: Date | null): wall is Date =>
  wall !== null && !Number.isNaN(wall.getTime()) && wall.getFullYear() >= 2000 && wall.getFullYear() <= 2999;

/** An instant → a local Date showing its Moscow wall clock. */
export function wallDateOfInstant(instant: string): Date {
  const [date = '', time = ''] = toMoscowRfc3339(instant).split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.slice(0, 5).split(':').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0);
}

/** A local Date read as Moscow wall clock → RFC 3339 with Moscow's offset; null for an invalid or half-typed one. */
export function instantOfWallDate(wall: Date | null): string | null {
  if (!isWhole(wall)) return null;
  const date = `${wall.getFullYear()}-${pad(wall.getMonth() + 1)}-${pad(wall.getDate())}`;
  return `${date}T${pad(wall.getHours())}:${pad(wall.getMinutes())}:00+03:00`;
}

/** '2026-12-01' → a local Date at the start of that day. */
export function wallDateOfIsoDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** A local Date → its calendar date '2026-12-01'; null for an invalid or half-typed one. */
export function isoDateOfWallDate(wall: Date | null): string | null {
  if (!isWhole(wall)) return null;
  return `${wall.getFullYear()}-${pad(wall.getMonth() + 1)}-${pad(wall.getDate())}`;
}
