import { describe, expect, it } from 'vitest';
import { dayOfIsoDate, instantMs } from './instants';

describe('instantMs', () => {
  it('reads the city’s form exactly as Date.parse does, and hands other forms to it', () => {
    const samples = [
      '2026-03-29T10:15:00+03:00',
      '2025-12-31T23:59:59+03:00',
      '2024-02-29T00:00:00+03:00',
      '2000-03-01T12:34:56-05:30',
      '1999-12-31T23:59:59+00:00',
      '2026-03-29T07:15:00Z',
      '2026-03-29T10:15:00.250+03:00',
    ];
    for (const sample of samples) expect(instantMs(sample), sample).toBe(Date.parse(sample));
    let ms = Date.parse('2023-01-01T00:00:00Z');
    for (let n = 0; n < 2000; n += 1) {
      ms += 7_919_117_000; // about 3 months and odd seconds, to land on every kind of date
      const local = new Date(ms + 3 * 3_600_000).toISOString().slice(0, 19);
      expect(instantMs(`${local}+03:00`)).toBe(ms - (ms % 1000));
    }
  });

  it('counts calendar days like Date.UTC', () => {
    for (const date of ['1970-01-01', '2024-02-29', '2026-12-31', '2100-03-01'])
      expect(dayOfIsoDate(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  });
});
