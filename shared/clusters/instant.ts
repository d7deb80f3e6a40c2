// RFC 3339 times as epoch milliseconds, read by hand for the shapes the city and the replica
// write (`2026-03-29T10:15:00+03:00`, `…Z`, with or without milliseconds): clustering reads
// one for each of up to 100,000 issues, and Date.parse costs several times as much. Anything
// else goes to Date.parse.

import { daysFromCivil } from '../calendar/civil-days';

const ZERO = 48;

const digits = (text: string, from: number, count: number): number => {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
};

/** Epoch ms of an RFC 3339 time (NaN when it is none). */
export function parseInstant(text: string): number {
  const length = text.length;
  if (
    length < 20 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 /* T */ ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return Date.parse(text);
  let zoneAt = 19;
  let millis = 0;
  if (text.charCodeAt(19) === 46 /* . */) {
    millis = digits(text, 20, 3);
    zoneAt = 23;
  }
  const zone = text.charCodeAt(zoneAt);
  let offsetMinutes = 0;
  if (zone === 90 /* Z */ && length === zoneAt + 1) offsetMinutes = 0;
  else if ((zone === 43 || zone === 45) /* + - */ && length === zoneAt + 6) {
    offsetMinutes = digits(text, zoneAt + 1, 2) * 60 + digits(text, zoneAt + 4, 2);
    if (zone === 45) offsetMinutes = -offsetMinutes;
  } else return Date.parse(text);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = digits(text, 17, 2);
  // Past the 28th, whether the day exists is Date.parse's to say.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 28 && hours <= 23 && minutes <= 59 && seconds <= 59))
    return Date.parse(text);
  const days = daysFromCivil(digits(text, 0, 4), month, day);
  const value = (((days * 24 + hours) * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + millis;
  return Number.isNaN(value) ? Date.parse(text) : value;
}
