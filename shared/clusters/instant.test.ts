import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant';

describe('parseInstant', () => {
  it('reads the times the city and the replica write exactly as Date.parse does', () => {
    const samples = [
      '2026-03-29T10:15:00+03:00',
      '2026-12-31T23:59:59+03:00',
      '2025-01-01T00:00:00Z',
      '2024-02-29T12:00:00.250Z',
      '2026-06-15T08:30:00.999-05:30',
      '1999-11-28T01:02:03+14:00',
    ];
    for (const text of samples) expect(parseInstant(text)).toBe(Date.parse(text));
  });

  it('agrees with Date.parse over every hour of two years', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let at = start; at < start + 2 * 365 * 86_400_000; at += 3_600_000 + 61_001) {
      const iso = new Date(at).toISOString();
      expect(parseInstant(iso)).toBe(at);
      const moscow = new Date(at + 3 * 3_600_000).toISOString().slice(0, 19) + '+03:00';
      expect(parseInstant(moscow)).toBe(Date.parse(moscow));
    }
  });

  it('leaves anything else to Date.parse: impossible days and other shapes', () => {
    for (const text of [
      '2026-02-30T10:00:00+03:00',
      '2026-13-01T10:00:00Z',
      '2026/03/29T10:15:00Z',
      'soon',
      '',
    ])
      expect(parseInstant(text)).toBe(Date.parse(text));
  });
});
