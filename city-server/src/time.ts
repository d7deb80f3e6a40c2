import { moscowDateOf, toMoscowRfc3339 } from '@shared/calendar';

// Instants are kept as epoch milliseconds in storage and written out in Moscow time, as the
// contract asks ("the server answers in Moscow time", e.g. `2026-03-29T10:15:00+03:00`).
// Moscow has kept UTC+3 all year since 2014, so a fixed offset is exact.

const DAY_MS = 24 * 60 * 60 * 1000;

export const formatMoscow = (epochMs: number): string => toMoscowRfc3339(epochMs);

/** Epoch milliseconds of an RFC 3339 instant (already validated by the schema that let it in). */
export function parseInstant(text: string): number {
  const epochMs = Date.parse(text);
  if (Number.isNaN(epochMs)) throw new RangeError(`not an RFC 3339 instant: ${text}`);
  return epochMs;
}

/** The start (00:00 Moscow) of a Moscow calendar date `YYYY-MM-DD`. */
export const moscowDayStart = (date: string): number => parseInstant(`${date}T00:00:00+03:00`);

/** The Moscow calendar date `YYYY-MM-DD` of an instant. */
export const moscowDateOfMs = (epochMs: number): string => moscowDateOf(epochMs);

/** A Moscow date moved by whole calendar days. */
export const addDays = (date: string, days: number): string =>
  moscowDateOf(moscowDayStart(date) + days * DAY_MS);
