import { toMoscowRfc3339 } from '@shared/calendar';

// <input type="datetime-local"> speaks the computer's local time; completion times are
// Moscow's, so the field shows and reads Moscow wall-clock time whatever the computer's zone.

/** '2026-11-24T14:05:00+03:00' → '2026-11-24T14:05' (Moscow wall clock). */
export function toMoscowInputValue(instant: string): string {
  return toMoscowRfc3339(instant).slice(0, 16);
}

/** '2026-11-24T14:05' read as Moscow time → RFC 3339; null when the field is incomplete. */
export function fromMoscowInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const instant = `${value}:00+03:00`;
  return Number.isNaN(Date.parse(instant)) ? null : instant;
}
