import { describe, expect, it } from 'vitest';
import { isDueToday, workingDaysLeft } from './index';

// The deadline of an issue received Fri 24 Apr 2026 with 8 working days (see deadline.test.ts).
const DEADLINE = '2026-05-07T23:59:59+03:00'; // Thursday

describe('workingDaysLeft before the deadline', () => {
  it('counts whole working days after today and the clock left today', () => {
    // Fri 24 Apr 10:00: days after today to the deadline: 27, 28, 29, 30 Apr, 4, 5, 6, 7 May
    // = 8; today is worked: 23:59:59 − 10:00:00 = 13:59:59 -> 13 h 59 min.
    expect(workingDaysLeft('2026-04-24T10:00:00+03:00', DEADLINE)).toEqual({
      overdue: false,
      workingDays: 8,
      hours: 13,
      minutes: 59,
    });
  });

  it('does not count down on a non-working day', () => {
    // Sat 25 Apr: still the same 8 working days; Saturday's hours do not count.
    expect(workingDaysLeft('2026-04-25T12:00:00+03:00', DEADLINE)).toEqual({
      overdue: false,
      workingDays: 8,
      hours: 0,
      minutes: 0,
    });
  });

  it('skips holidays among the remaining days', () => {
    // Thu 30 Apr 18:30: after today 1–3 May are off, then 4, 5, 6, 7 May = 4;
    // 23:59:59 − 18:30:00 = 5:29:59 -> 5 h 29 min.
    expect(workingDaysLeft('2026-04-30T18:30:00+03:00', DEADLINE)).toEqual({
      overdue: false,
      workingDays: 4,
      hours: 5,
      minutes: 29,
    });
  });

  it('shows only the clock on the deadline day', () => {
    // Thu 7 May 15:30: 0 days; 23:59:59 − 15:30:00 = 8:29:59 -> 8 h 29 min.
    expect(workingDaysLeft('2026-05-07T15:30:00+03:00', DEADLINE)).toEqual({
      overdue: false,
      workingDays: 0,
      hours: 8,
      minutes: 29,
    });
    // One second before the deadline: not yet overdue, less than a minute left.
    expect(workingDaysLeft('2026-05-07T23:59:58+03:00', DEADLINE)).toEqual({
      overdue: false,
      workingDays: 0,
      hours: 0,
      minutes: 0,
    });
  });

  it('uses the Moscow date of a UTC instant', () => {
    // 21:30Z on 6 May is 00:30 on Thu 7 May in Moscow: the deadline day; 23:29:59 left.
    expect(workingDaysLeft('2026-05-06T21:30:00Z', DEADLINE)).toEqual({
      overdue: false,
      workingDays: 0,
      hours: 23,
      minutes: 29,
    });
  });
});

describe('workingDaysLeft after the deadline', () => {
  it('is overdue from the deadline instant itself', () => {
    // "On time" means sent before deadlineAt, so at 23:59:59 it is late by 0.
    expect(workingDaysLeft('2026-05-07T20:59:59Z', DEADLINE)).toEqual({
      overdue: true,
      workingDays: 0,
      hours: 0,
      minutes: 0,
    });
  });

  it('counts the clock elapsed today', () => {
    // Fri 8 May 09:30: no whole working day between 7 and 8 May; today 00:00 -> 09:30.
    expect(workingDaysLeft('2026-05-08T09:30:00+03:00', DEADLINE)).toEqual({
      overdue: true,
      workingDays: 0,
      hours: 9,
      minutes: 30,
    });
  });

  it('counts whole working days lost and nothing on a holiday', () => {
    // Sun 10 May 12:00: between 7 and 10 May only Fri 8 is worked (Sat 9 holiday) = 1;
    // Sunday adds nothing.
    expect(workingDaysLeft('2026-05-10T12:00:00+03:00', DEADLINE)).toEqual({
      overdue: true,
      workingDays: 1,
      hours: 0,
      minutes: 0,
    });
    // Tue 12 May 11:15: between 7 and 12 May: Fri 8 worked, 9–11 May off = 1;
    // today 00:00 -> 11:15.
    expect(workingDaysLeft('2026-05-12T11:15:00+03:00', DEADLINE)).toEqual({
      overdue: true,
      workingDays: 1,
      hours: 11,
      minutes: 15,
    });
  });
});

describe('isDueToday', () => {
  it('is true on the deadline day before the deadline only', () => {
    expect(isDueToday('2026-05-07T15:30:00+03:00', DEADLINE)).toBe(true);
    // 00:30 Moscow on 7 May, although its UTC date is 6 May.
    expect(isDueToday('2026-05-06T21:30:00Z', DEADLINE)).toBe(true);
    expect(isDueToday('2026-05-06T20:30:00Z', DEADLINE)).toBe(false); // 23:30 on 6 May
    expect(isDueToday('2026-05-07T23:59:59+03:00', DEADLINE)).toBe(false); // overdue
    expect(isDueToday('2026-04-24T10:00:00+03:00', DEADLINE)).toBe(false);
  });
});
