import { describe, expect, it } from 'vitest';
import { deadlineAt } from './index';

// Each expected deadline is counted by hand on the production calendar; the counting is in
// the comment next to it: "0" marks the day of receipt, which is never counted.

describe('deadlineAt', () => {
  it('counts 8 working days from a Friday across the May holidays of 2026', () => {
    // 0 Fri 24 Apr; 1 Mon 27, 2 Tue 28, 3 Wed 29, 4 Thu 30; Fri 1 May holiday, Sat 2, Sun 3;
    // 5 Mon 4, 6 Tue 5, 7 Wed 6, 8 Thu 7 May.
    expect(deadlineAt('2026-04-24T10:00:00+03:00', 8)).toBe('2026-05-07T23:59:59+03:00');
  });

  it('counts an issue received on Saturday as received on Monday', () => {
    // Sat 25 Apr -> 0 Mon 27; 1 Tue 28, 2 Wed 29, 3 Thu 30, (1–3 May off), 4 Mon 4,
    // 5 Tue 5, 6 Wed 6, 7 Thu 7, 8 Fri 8 May.
    expect(deadlineAt('2026-04-25T12:00:00+03:00', 8)).toBe('2026-05-08T23:59:59+03:00');
    // Sun 26 Apr -> 0 Mon 27; 1 Tue 28.
    expect(deadlineAt('2026-04-26T12:00:00+03:00', 1)).toBe('2026-04-28T23:59:59+03:00');
  });

  it('counts an issue received on 31 Dec 2025 from the first working day of 2026', () => {
    // Wed 31 Dec 2025 is off (moved from 5 Jan); 1–8 Jan holidays, Fri 9 Jan moved from
    // 3 Jan, 10–11 Jan weekend -> 0 Mon 12 Jan; 1 Tue 13, 2 Wed 14, 3 Thu 15.
    expect(deadlineAt('2025-12-31T15:00:00+03:00', 3)).toBe('2026-01-15T23:59:59+03:00');
  });

  it('counts an issue received during the New Year holidays from 12 Jan 2026', () => {
    // Mon 5 Jan is a holiday -> 0 Mon 12 Jan; 1 Tue 13.
    expect(deadlineAt('2026-01-05T09:00:00+03:00', 1)).toBe('2026-01-13T23:59:59+03:00');
  });

  it('jumps over the New Year holidays from the last working day of 2025', () => {
    // 0 Tue 30 Dec 2025; 31 Dec to 11 Jan off; 1 Mon 12 Jan.
    expect(deadlineAt('2025-12-30T18:00:00+03:00', 1)).toBe('2026-01-12T23:59:59+03:00');
  });

  it('jumps over both May blocks of 2025', () => {
    // 0 Wed 30 Apr; 1–4 May off (Thu holiday, Fri 2 from 4 Jan, Sat, Sun); 1 Mon 5, 2 Tue 6,
    // 3 Wed 7; 8–11 May off (Thu 8 from 23 Feb, Fri 9 holiday, Sat, Sun); 4 Mon 12, 5 Tue 13.
    expect(deadlineAt('2025-04-30T12:00:00+03:00', 5)).toBe('2025-05-13T23:59:59+03:00');
  });

  it('skips the Monday that takes Victory Day off in 2026', () => {
    // 0 Thu 7 May; 1 Fri 8; Sat 9 holiday, Sun 10, Mon 11 (9 May moved); 2 Tue 12.
    expect(deadlineAt('2026-05-07T11:00:00+03:00', 2)).toBe('2026-05-12T23:59:59+03:00');
  });

  it('skips 4 November 2026', () => {
    // 0 Tue 3 Nov; Wed 4 Nov holiday; 1 Thu 5 Nov.
    expect(deadlineAt('2026-11-03T14:00:00+03:00', 1)).toBe('2026-11-05T23:59:59+03:00');
  });

  it('counts the working Saturday of 1 Nov 2025 and skips 3–4 Nov', () => {
    // 0 Fri 31 Oct; 1 Sat 1 Nov (worked).
    expect(deadlineAt('2025-10-31T16:00:00+03:00', 1)).toBe('2025-11-01T23:59:59+03:00');
    // 0 Fri 31 Oct; 1 Sat 1 Nov; Sun 2, Mon 3 (from 1 Nov), Tue 4 holiday; 2 Wed 5 Nov.
    expect(deadlineAt('2025-10-31T16:00:00+03:00', 2)).toBe('2025-11-05T23:59:59+03:00');
    // Received on the working Saturday itself: 0 Sat 1 Nov; Sun 2, Mon 3, Tue 4 off; 1 Wed 5.
    expect(deadlineAt('2025-11-01T10:00:00+03:00', 1)).toBe('2025-11-05T23:59:59+03:00');
  });

  it('follows the 2024 transfers around the May holidays and the year end', () => {
    // 0 Fri 26 Apr; 1 Sat 27 Apr (worked).
    expect(deadlineAt('2024-04-26T10:00:00+03:00', 1)).toBe('2024-04-27T23:59:59+03:00');
    // ... 2: Sun 28, Mon 29 and Tue 30 Apr (transferred), Wed 1 May off -> Thu 2 May.
    expect(deadlineAt('2024-04-26T10:00:00+03:00', 2)).toBe('2024-05-02T23:59:59+03:00');
    // 0 Fri 27 Dec; 1 Sat 28 Dec (worked); 29 Dec to 8 Jan 2025 off; 2 Thu 9 Jan 2025.
    expect(deadlineAt('2024-12-27T10:00:00+03:00', 2)).toBe('2025-01-09T23:59:59+03:00');
  });

  it('follows the 2027 transfer of Saturday 20 February', () => {
    // 0 Fri 19 Feb; 1 Sat 20 Feb (worked).
    expect(deadlineAt('2027-02-19T10:00:00+03:00', 1)).toBe('2027-02-20T23:59:59+03:00');
    // ... Sun 21, Mon 22 (from 20 Feb), Tue 23 holiday; 2 Wed 24 Feb.
    expect(deadlineAt('2027-02-19T10:00:00+03:00', 2)).toBe('2027-02-24T23:59:59+03:00');
  });

  it('takes the day of receipt in Moscow, not in UTC', () => {
    // 20:59Z is 23:59 Thursday 26 Mar in Moscow: 0 Thu 26; 1 Fri 27.
    expect(deadlineAt('2026-03-26T20:59:00Z', 1)).toBe('2026-03-27T23:59:59+03:00');
    // 21:01Z is 00:01 Friday 27 Mar in Moscow: 0 Fri 27; Sat, Sun; 1 Mon 30.
    expect(deadlineAt('2026-03-26T21:01:00Z', 1)).toBe('2026-03-30T23:59:59+03:00');
    // 21:30Z on Sunday 29 Mar is already Monday 30 Mar in Moscow: 0 Mon 30; 1 Tue 31.
    expect(deadlineAt('2026-03-29T21:30:00Z', 1)).toBe('2026-03-31T23:59:59+03:00');
  });

  it('accepts any offset and a Date for the same instant', () => {
    // All three are 00:01 Friday 27 Mar 2026 in Moscow: 0 Fri 27; 1 Mon 30.
    const expected = '2026-03-30T23:59:59+03:00';
    expect(deadlineAt('2026-03-27T00:01:00+03:00', 1)).toBe(expected);
    expect(deadlineAt('2026-03-27T02:01:00+05:00', 1)).toBe(expected);
    expect(deadlineAt(new Date(Date.UTC(2026, 2, 26, 21, 1)), 1)).toBe(expected);
  });

  it('counts a reopened issue from the day it was reopened', () => {
    // Reopened Thu 11 Jun 2026: 0 Thu 11; Fri 12 Jun holiday, Sat, Sun; 1 Mon 15, 2 Tue 16,
    // 3 Wed 17.
    expect(deadlineAt('2026-06-11T16:00:00+03:00', 3)).toBe('2026-06-17T23:59:59+03:00');
  });

  it('ends the normalised day of receipt for 0 working days', () => {
    // Sat 25 Apr -> Mon 27 Apr.
    expect(deadlineAt('2026-04-25T12:00:00+03:00', 0)).toBe('2026-04-27T23:59:59+03:00');
  });

  it('rejects a time without an offset and a bad number of days', () => {
    expect(() => deadlineAt('2026-03-27T10:00:00', 1)).toThrow(RangeError);
    expect(() => deadlineAt('2026-03-27T10:00:00+03:00', -1)).toThrow(RangeError);
    expect(() => deadlineAt('2026-03-27T10:00:00+03:00', 1.5)).toThrow(RangeError);
  });
});
