import { describe, expect, it } from 'vitest';
import {
  formatMoscowDateTimeNumeric,
  instantOfWallDate,
  isoDateOfWallDate,
  wallDateOfInstant,
  wallDateOfIsoDate,
} from './wall-time';

describe('Moscow wall time for the date pickers', () => {
  it('shows an instant as Moscow writes it, 24-hour, in either language', () => {
    expect(formatMoscowDateTimeNumeric('2026-12-01T07:23:00Z', 'ru')).toBe('01.12.2026 10:23');
    expect(formatMoscowDateTimeNumeric('2026-12-01T07:23:00Z', 'en')).toBe('01/12/2026 10:23');
  });

  it('goes to a wall-clock Date and back to the same Moscow time', () => {
    const wall = wallDateOfInstant('2026-12-01T07:23:00Z');
    expect([wall.getDate(), wall.getHours(), wall.getMinutes()]).toEqual([1, 10, 23]);
    expect(instantOfWallDate(wall)).toBe('2026-12-01T10:23:00+03:00');
    expect(instantOfWallDate(new Date(Number.NaN))).toBeNull();
    expect(instantOfWallDate(null)).toBeNull();
    // The year typed so far, «2» of 2026: not a time to keep.
    expect(instantOfWallDate(new Date(2, 10, 28, 10, 23))).toBeNull();
  });

  it('does the same for calendar dates', () => {
    expect(isoDateOfWallDate(wallDateOfIsoDate('2026-02-28'))).toBe('2026-02-28');
    expect(isoDateOfWallDate(null)).toBeNull();
    expect(isoDateOfWallDate(new Date(202, 1, 3))).toBeNull();
  });
});
