import { describe, expect, it } from 'vitest';
import { workingHoursBetween } from './index';

describe('workingHoursBetween', () => {
  it('leaves out a weekend', () => {
    // Fri 24 Apr 2026 18:00 -> 24:00 = 6 h; Sat, Sun 0; Mon 27 00:00 -> 10:00 = 10 h; 16.
    expect(workingHoursBetween('2026-04-24T18:00:00+03:00', '2026-04-27T10:00:00+03:00')).toBe(16);
  });

  it('leaves out a holiday', () => {
    // Thu 30 Apr 2026 20:00 -> 24:00 = 4 h; Fri 1 May holiday, Sat, Sun 0; Mon 4 May 9 h; 13.
    expect(workingHoursBetween('2026-04-30T20:00:00+03:00', '2026-05-04T09:00:00+03:00')).toBe(13);
  });

  it('counts whole 24-hour working days in between', () => {
    // Wed 30 Apr 2025 12:00 -> 24:00 = 12 h; 1–4 May off; Mon 5 May 24 h; Tue 6 May 12 h; 48.
    expect(workingHoursBetween('2025-04-30T12:00:00+03:00', '2025-05-06T12:00:00+03:00')).toBe(48);
  });

  it('counts a working Saturday and leaves out transferred days off', () => {
    // Fri 31 Oct 2025 12:00 -> 24:00 = 12 h; Sat 1 Nov worked 24 h; Sun 2, Mon 3 (from
    // 1 Nov), Tue 4 holiday 0; Wed 5 Nov 00:00 -> 06:00 = 6 h; 42.
    expect(workingHoursBetween('2025-10-31T12:00:00+03:00', '2025-11-05T06:00:00+03:00')).toBe(42);
  });

  it('jumps over the New Year holidays', () => {
    // Tue 30 Dec 2025 12:00 -> 24:00 = 12 h; 31 Dec to 11 Jan off; Mon 12 Jan 00:00 -> 12:00
    // = 12 h; 24.
    expect(workingHoursBetween('2025-12-30T12:00:00+03:00', '2026-01-12T12:00:00+03:00')).toBe(24);
  });

  it('splits the days at Moscow midnight, not UTC midnight', () => {
    // 18:00Z Sun 29 Mar = 21:00 Sunday in Moscow (3 h, not counted); 21:00Z = Monday 00:00;
    // 23:00Z = Monday 02:00: 2 h.
    expect(workingHoursBetween('2026-03-29T18:00:00Z', '2026-03-29T23:00:00Z')).toBe(2);
    // Monday 30 Mar 00:00 -> 06:30 Moscow: 6.5 h.
    expect(workingHoursBetween('2026-03-29T21:00:00Z', '2026-03-30T03:30:00Z')).toBe(6.5);
  });

  it('is 0 on non-working days and when the end is not after the start', () => {
    // Sat 25 Apr 00:00 -> Mon 27 Apr 00:00 2026: only the weekend.
    expect(workingHoursBetween('2026-04-25T00:00:00+03:00', '2026-04-27T00:00:00+03:00')).toBe(0);
    expect(workingHoursBetween('2026-04-24T10:00:00+03:00', '2026-04-24T10:00:00+03:00')).toBe(0);
    expect(workingHoursBetween('2026-04-24T12:00:00+03:00', '2026-04-24T10:00:00+03:00')).toBe(0);
  });
});
