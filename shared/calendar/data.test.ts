import { describe, expect, it } from 'vitest';
import { coveredYears, isCoveredYear, isWorkingDay, productionYears } from './index';

// Every expectation here comes from the decrees and published calendars, never from the code.

function daysOfYear(year: number): string[] {
  const days: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
    days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function workingDaysIn(prefix: string, year: number): number {
  return daysOfYear(year).filter((day) => day.startsWith(prefix) && isWorkingDay(day)).length;
}

describe('production calendar data', () => {
  it('covers 2024 to 2027', () => {
    expect(coveredYears).toEqual([2024, 2025, 2026, 2027]);
    expect(isCoveredYear(2026)).toBe(true);
    expect(isCoveredYear(2028)).toBe(false);
  });

  it.each([...productionYears.values()])('keeps the lists of $year well formed', (entry) => {
    const all = [...entry.holidays, ...entry.workingWeekends, ...entry.shortDays];
    for (const day of all) expect(day.startsWith(`${entry.year}-`)).toBe(true);
    // holidays lists only days that would otherwise be worked: Monday to Friday
    for (const day of entry.holidays) expect([1, 2, 3, 4, 5]).toContain(weekdayOf(day));
    for (const day of entry.workingWeekends) expect([0, 6]).toContain(weekdayOf(day));
    for (const day of entry.shortDays) expect(isWorkingDay(day)).toBe(true);
    for (const list of [entry.holidays, entry.workingWeekends, entry.shortDays]) {
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  // Published totals for a five-day week, and the hand count behind each:
  // 2024: 366 days from Mon 1 Jan: 262 weekdays − 17 weekdays off (1–5, 8 Jan, 23 Feb,
  //   8 Mar, 29–30 Apr, 1, 9, 10 May, 12 Jun, 4 Nov, 30–31 Dec) + 3 working Saturdays = 248.
  // 2025: 261 weekdays − 15 (1–3, 6–8 Jan, 1–2, 8–9 May, 12–13 Jun, 3–4 Nov, 31 Dec)
  //   + 1 (Sat 1 Nov) = 247; «247 рабочих дней» in the press on the decree.
  // 2026: 261 weekdays − 14 (1–2, 5–9 Jan, 23 Feb, 9 Mar, 1, 11 May, 12 Jun, 4 Nov, 31 Dec)
  //   = 247; «247 рабочих дней и 118 выходных» (Duma labour committee, January 2026).
  // 2027: 261 weekdays − 15 (1, 4–8 Jan, 22–23 Feb, 8 Mar, 3, 10 May, 14 Jun, 4–5 Nov,
  //   31 Dec) + 1 (Sat 20 Feb) = 247.
  it.each([
    [2024, 248],
    [2025, 247],
    [2026, 247],
    [2027, 247],
  ])('gives %i its published %i working days', (year, expected) => {
    expect(workingDaysIn(`${year}-`, year)).toBe(expected);
  });

  it('matches published monthly counts', () => {
    // January 2026: 15 working days (12–16, 19–23, 26–30 Jan), 16 days off.
    expect(workingDaysIn('2026-01-', 2026)).toBe(15);
    // November 2025: 19 working days and 11 days off, Saturday 1 Nov being worked.
    expect(workingDaysIn('2025-11-', 2025)).toBe(19);
    // May 2025: 31 days − 9 weekend days − 1, 2, 8, 9 May = 18.
    expect(workingDaysIn('2025-05-', 2025)).toBe(18);
  });

  it.each([
    // 2024, decree No. 1314
    ['2024-04-27', true], // Saturday worked, its day off moved to Mon 29 Apr
    ['2024-04-29', false],
    ['2024-04-30', false], // from Sat 2 Nov
    ['2024-05-10', false], // from Sat 6 Jan
    ['2024-06-13', true], // Thursday after Wed 12 Jun: no bridge this year
    ['2024-11-02', true],
    ['2024-12-28', true],
    ['2024-12-30', false],
    ['2024-12-31', false],
    // 2025, decree No. 1335: 23 Feb and 8 Mar moved by the decree, not to the next Monday
    ['2025-02-24', true],
    ['2025-03-10', true],
    ['2025-05-02', false],
    ['2025-05-08', false],
    ['2025-06-13', false],
    ['2025-11-01', true],
    ['2025-11-03', false],
    ['2025-12-31', false],
    // 2026, decree No. 1466
    ['2026-01-09', false],
    ['2026-01-12', true],
    ['2026-02-23', false],
    ['2026-03-09', false], // Sun 8 Mar moved to Monday by Art. 112
    ['2026-05-08', true],
    ['2026-05-11', false], // Sat 9 May moved to Monday by Art. 112
    ['2026-06-12', false],
    ['2026-11-04', false],
    ['2026-12-30', true],
    ['2026-12-31', false],
    // 2027, decree No. 1187
    ['2027-01-11', true],
    ['2027-02-20', true], // Saturday worked, its day off moved to Mon 22 Feb
    ['2027-02-22', false],
    ['2027-05-03', false],
    ['2027-05-10', false],
    ['2027-06-14', false],
    ['2027-11-05', false], // from Sat 2 Jan
    ['2027-12-31', false], // from Sun 3 Jan
  ])('%s is a working day: %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it.each([
    // 2028 has no decree yet: weekends, Art. 112 holidays and its part 2 weekend shift
    ['2028-01-03', false], // Monday, a New Year holiday
    ['2028-01-10', true], // Sat 1 and Sun 2 Jan are not moved without a decree
    ['2028-02-23', false], // Wednesday
    ['2028-05-02', true], // Tuesday after Mon 1 May
    ['2028-11-04', false], // Saturday
    ['2028-11-06', false], // Monday taking the day off of Sat 4 Nov
    ['2028-11-07', true],
  ])('falls back to the Labour Code outside the covered years: %s working %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });
});
