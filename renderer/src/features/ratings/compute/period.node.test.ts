import { describe, expect, it } from 'vitest';
import { customPeriod, daysIn, DEFAULT_PRESET, isIsoDate, lastDayOf, presetPeriod } from './period';

describe('periods', () => {
  it('the last 7 days and the last 30, today included, against as many days before', () => {
    // Tue 1 Dec 2026: a rolling period is never one day long.
    expect(presetPeriod('week', '2026-12-01')).toEqual({
      preset: 'week',
      current: { from: '2026-11-25', to: '2026-12-02' },
      previous: { from: '2026-11-18', to: '2026-11-25' },
    });
    // The same span as the city's own default for GET /stats/company.
    const days30 = presetPeriod('days30', '2026-12-01');
    expect(days30.current).toEqual({ from: '2026-11-02', to: '2026-12-02' });
    expect(days30.previous).toEqual({ from: '2026-10-03', to: '2026-11-02' });
    expect(presetPeriod(DEFAULT_PRESET, '2026-12-01').preset).toBe('days30');
  });

  it('last month whole, against the month before it, across a year', () => {
    expect(presetPeriod('lastMonth', '2026-12-01')).toEqual({
      preset: 'lastMonth',
      current: { from: '2026-11-01', to: '2026-12-01' },
      previous: { from: '2026-10-01', to: '2026-11-01' },
    });
    expect(presetPeriod('lastMonth', '2026-01-15').current).toEqual({ from: '2025-12-01', to: '2026-01-01' });
  });

  it('this year so far, against the same days of last year', () => {
    expect(presetPeriod('year', '2026-12-01')).toEqual({
      preset: 'year',
      current: { from: '2026-01-01', to: '2026-12-02' },
      previous: { from: '2025-01-01', to: '2025-12-02' },
    });
  });

  it('this month so far, against as many days from the start of the last one', () => {
    const { current, previous } = presetPeriod('month', '2026-11-25');
    expect(current).toEqual({ from: '2026-11-01', to: '2026-11-26' });
    expect(previous).toEqual({ from: '2026-10-01', to: '2026-10-26' });
    expect(daysIn(previous)).toBe(daysIn(current));
  });

  it('never lets a shorter month before overlap the period', () => {
    // 31 March: 31 days; February 2026 has 28, so the comparison is February alone.
    expect(presetPeriod('month', '2026-03-31').previous).toEqual({ from: '2026-02-01', to: '2026-03-01' });
  });

  it('this quarter, across a year', () => {
    expect(presetPeriod('quarter', '2026-02-10')).toEqual({
      preset: 'quarter',
      current: { from: '2026-01-01', to: '2026-02-11' },
      previous: { from: '2025-10-01', to: '2025-11-11' },
    });
  });

  it('chosen dates, the last one included, against as many days right before', () => {
    const choice = customPeriod('2026-05-01', '2026-05-10');
    expect(choice.current).toEqual({ from: '2026-05-01', to: '2026-05-11' });
    expect(choice.previous).toEqual({ from: '2026-04-21', to: '2026-05-01' });
    expect(lastDayOf(choice.current)).toBe('2026-05-10');
  });

  it('accepts only real dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });
});
