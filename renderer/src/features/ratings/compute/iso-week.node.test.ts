import { describe, expect, it } from 'vitest';
import { dayOfIsoDate } from './instants';
import { isoWeekOfMonday, mondayDayOf } from './iso-week';

const weekOf = (date: string) => isoWeekOfMonday(mondayDayOf(dayOfIsoDate(date)));

describe('ISO weeks', () => {
  it('start on Monday and take the year of their Thursday', () => {
    expect(weekOf('2026-01-01')).toEqual({ monday: '2025-12-29', year: 2026, week: 1 });
    expect(weekOf('2027-01-03')).toEqual({ monday: '2026-12-28', year: 2026, week: 53 });
    expect(weekOf('2026-05-17')).toEqual({ monday: '2026-05-11', year: 2026, week: 20 });
    expect(weekOf('2024-12-30')).toEqual({ monday: '2024-12-30', year: 2025, week: 1 });
  });
});
