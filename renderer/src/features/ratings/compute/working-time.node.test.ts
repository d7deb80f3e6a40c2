import { describe, expect, it } from 'vitest';
import { deadlineAt, workingHoursBetween } from '@shared/calendar';
import { WorkingTime } from './working-time';

const hours = (from: string, to: string) => new WorkingTime().hoursBetween(Date.parse(from), Date.parse(to));

describe('WorkingTime', () => {
  it('leaves out the May holidays', () => {
    // Thu 30 Apr 2026 20:00 → 24:00 = 4 h; Fri 1 May holiday, Sat, Sun 0; Mon 4 May 9 h.
    expect(hours('2026-04-30T20:00:00+03:00', '2026-05-04T09:00:00+03:00')).toBe(13);
    // Sat 9 May and the Mon 11 May it moved to are off: Fri 8 May 12:00 → Tue 12 May 12:00 = 12 + 12.
    expect(hours('2026-05-08T12:00:00+03:00', '2026-05-12T12:00:00+03:00')).toBe(24);
  });

  it('jumps over the New Year holidays', () => {
    // Tue 30 Dec 2025 12:00 → 24:00 = 12 h; 31 Dec – 11 Jan off; Mon 12 Jan 00:00 → 12:00 = 12 h.
    expect(hours('2025-12-30T12:00:00+03:00', '2026-01-12T12:00:00+03:00')).toBe(24);
  });

  it('counts a transferred working Saturday and leaves out the day it was moved to', () => {
    // Fri 31 Oct 2025 12:00: 12 h; Sat 1 Nov worked: 24 h; Sun 2, Mon 3 (from 1 Nov), Tue 4 off; Wed 5 Nov to 06:00: 6 h.
    expect(hours('2025-10-31T12:00:00+03:00', '2025-11-05T06:00:00+03:00')).toBe(42);
    // Sat 28 Dec 2024 was worked, Mon 30 and Tue 31 Dec were not.
    expect(hours('2024-12-27T00:00:00+03:00', '2025-01-09T00:00:00+03:00')).toBe(48);
  });

  it('splits days at Moscow midnight and is 0 for a backwards span', () => {
    expect(hours('2026-03-29T18:00:00Z', '2026-03-29T23:00:00Z')).toBe(2);
    expect(hours('2026-04-24T12:00:00+03:00', '2026-04-24T10:00:00+03:00')).toBe(0);
  });

  it('agrees with the calendar’s day-by-day count over 2024–2027, asked in any order', () => {
    // One instance for all, asked about years out of order, so its growing in both directions is exercised.
    const shared = new WorkingTime();
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const start = Date.parse('2024-01-01T00:00:00+03:00');
    const span = Date.parse('2027-12-31T00:00:00+03:00') - start;
    for (let n = 0; n < 300; n += 1) {
      const from = Math.round(start + random() * span);
      const to = Math.round(from + random() * 40 * 86_400_000);
      expect(shared.hoursBetween(from, to)).toBeCloseTo(workingHoursBetween(new Date(from), new Date(to)), 9);
    }
  });

  it('counts deadlines as the calendar does, around the May holidays, New Year and working Saturdays', () => {
    const time = new WorkingTime();
    const starts = [
      '2026-04-30T20:00:00+03:00',
      '2026-05-09T10:00:00+03:00',
      '2025-12-30T12:00:00+03:00',
      '2025-10-31T23:59:59+03:00',
      '2024-12-27T09:00:00+03:00',
      '2024-04-26T18:00:00+03:00',
    ];
    for (let n = 0; n < 400; n += 1)
      starts.push(new Date(Date.parse('2024-01-01T00:00:00Z') + n * 7_777_777_000).toISOString());
    for (const start of starts) {
      for (const sla of [0, 1, 3, 8, 10]) {
        expect(time.deadlineMs(Date.parse(start), sla), `${start} + ${sla}`).toBe(
          Date.parse(deadlineAt(start, sla)),
        );
      }
    }
  });
});
