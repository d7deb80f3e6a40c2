import { dayNumberOf } from './isoDate';
import type { Instant } from './types';

const RFC_3339 =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const MINUTE_MS = 60_000;

/**
 * Milliseconds since the epoch for a `Date` or an RFC 3339 string.
 *
 * Parsed by hand rather than with `Date.parse` because engines accept impossible dates such
 * as 2026-02-30 and 24:00 (rolling them over), and read a string without an offset as
 * local time, which would silently move deadlines by the machine's time zone. A string
 * without `Z` or an offset is therefore rejected, as the city API never sends one.
 */
export function epochMsOf(instant: Instant): number {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
    return ms;
  }
  const match = RFC_3339.exec(instant);
  if (!match) {
    throw new RangeError(`Expected an RFC 3339 time with an offset, got ${JSON.stringify(instant)}`);
  }
  const [, date = '', hh = '', mm = '', ss = '', fraction = '', zulu, sign, offH = '0', offM = '0'] = match;
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss)];
  const [offsetHours, offsetMinutes] = [Number(offH), Number(offM)];
  // A leap second (:60) cannot be represented by Date, and the city never sends one.
  if (hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 23 || offsetMinutes > 59) {
    throw new RangeError(`Time out of range in ${JSON.stringify(instant)}`);
  }
  const offsetMs = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MINUTE_MS;
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  return dayNumberOf(date) * 86_400_000 + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis - offsetMs;
}
