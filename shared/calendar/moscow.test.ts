import { describe, expect, it } from 'vitest';
import { MOSCOW_TZ, formatMoscow, moscowDateOf, toMoscowRfc3339 } from './index';

describe('moscowDateOf', () => {
  it('takes the date on the Moscow clock', () => {
    // 21:30Z on 29 Mar is 00:30 on 30 Mar in Moscow (UTC+3).
    expect(moscowDateOf('2026-03-29T21:30:00Z')).toBe('2026-03-30');
    expect(moscowDateOf('2026-03-29T20:59:59Z')).toBe('2026-03-29');
    expect(moscowDateOf('2026-03-29T21:00:00Z')).toBe('2026-03-30');
    expect(moscowDateOf(new Date(Date.UTC(2026, 2, 29, 21, 30)))).toBe('2026-03-30');
    // 16:30 at UTC−5 is 21:30Z, 00:30 in Moscow.
    expect(moscowDateOf('2026-03-29T16:30:00-05:00')).toBe('2026-03-30');
    // RFC 3339 allows lower-case t and z, and any number of fraction digits.
    expect(moscowDateOf('2026-03-29t21:30:00.123456z')).toBe('2026-03-30');
  });

  it('agrees with the tz database on Moscow having no daylight saving', () => {
    const byTzDatabase = new Intl.DateTimeFormat('en-CA', {
      timeZone: MOSCOW_TZ,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (const year of [2024, 2025, 2026, 2027]) {
      for (const month of [0, 3, 6, 9]) {
        // Either side of Moscow midnight (21:00Z), in winter and in summer.
        for (const minutes of [20 * 60 + 59, 21 * 60, 21 * 60 + 1]) {
          const instant = new Date(Date.UTC(year, month, 15, 0, minutes));
          expect(moscowDateOf(instant)).toBe(byTzDatabase.format(instant));
        }
      }
    }
  });

  it.each([
    '2026-03-29T21:30:00', // no offset: would be read as local time
    '2026-03-29 21:30:00Z',
    '2026-02-30T10:00:00Z', // no such date
    '2026-03-01T24:00:00Z',
    '2026-03-01T23:60:00Z',
    '2026-03-01T10:00:00+24:00',
    'yesterday',
  ])('rejects %j', (value) => {
    expect(() => moscowDateOf(value)).toThrow(RangeError);
  });

  it('rejects an invalid Date', () => {
    expect(() => moscowDateOf(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('toMoscowRfc3339', () => {
  it('writes Moscow time with its offset, the way the city server answers', () => {
    expect(toMoscowRfc3339('2026-03-29T07:15:00Z')).toBe('2026-03-29T10:15:00+03:00');
    expect(toMoscowRfc3339('2026-03-29T21:30:00.5Z')).toBe('2026-03-30T00:30:00.500+03:00');
  });
});

describe('formatMoscow', () => {
  it('formats on the Moscow clock', () => {
    expect(formatMoscow('2026-03-29T21:30:00Z', 'dd.MM.yyyy HH:mm')).toBe('30.03.2026 00:30');
  });
});
