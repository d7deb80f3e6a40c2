import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './index';

describe('nextWorkingDay', () => {
  it.each([
    ['2026-04-30', '2026-05-04'], // Thu; Fri 1 May holiday, Sat, Sun
    ['2025-10-31', '2025-11-01'], // Fri; Sat 1 Nov 2025 is worked
    ['2025-12-30', '2026-01-12'], // Tue; 31 Dec 2025 to 11 Jan 2026 off
    ['2024-12-27', '2024-12-28'], // Fri; Sat 28 Dec 2024 is worked
  ])('after %s is %s', (day, expected) => {
    expect(nextWorkingDay(day)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('returns a working day itself for n = 0', () => {
    expect(addWorkingDays('2026-04-24', 0)).toBe('2026-04-24'); // Friday
  });

  it('moves a non-working day to the next working day for n = 0', () => {
    expect(addWorkingDays('2026-04-25', 0)).toBe('2026-04-27'); // Sat -> Mon
    expect(addWorkingDays('2025-12-31', 0)).toBe('2026-01-12');
  });

  it('does not count the starting day, working or not', () => {
    // Saturday + 1: the first working day after Saturday is Monday.
    expect(addWorkingDays('2026-04-25', 1)).toBe('2026-04-27');
    // Friday 24 Apr 2026 + 8: 27, 28, 29, 30 Apr (1–3 May off), 4, 5, 6, 7 May.
    expect(addWorkingDays('2026-04-24', 8)).toBe('2026-05-07');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s', (n) => {
    expect(() => addWorkingDays('2026-04-24', n)).toThrow(RangeError);
  });
});

describe('countWorkingDays', () => {
  it('counts working days after the first date up to and including the second', () => {
    // 27, 28, 29, 30 Apr and 4, 5, 6, 7 May 2026.
    expect(countWorkingDays('2026-04-24', '2026-05-07')).toBe(8);
    // All of January 2026: 15 working days.
    expect(countWorkingDays('2025-12-31', '2026-01-31')).toBe(15);
  });

  it('is 0 for an empty or reversed range', () => {
    expect(countWorkingDays('2026-05-07', '2026-05-07')).toBe(0);
    expect(countWorkingDays('2026-05-07', '2026-05-01')).toBe(0);
  });
});

describe('date validation', () => {
  it.each(['2026-02-30', '2026-2-3', '2026-13-01', '', '2026-03-01T00:00:00Z'])('rejects %j', (day) => {
    expect(() => isWorkingDay(day)).toThrow(RangeError);
  });
});
