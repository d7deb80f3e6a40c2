import { customPeriod } from '../period';
import { cityReport, issue, localReport, rating, rowsOf } from './builders';

// A hand-made company over the May holidays of 2026, where every figure is worked out by hand
// (ratings.node.test.ts repeats each working). Production calendar 2026: Fri 1 May is a
// holiday, Sat 9 May moves to Mon 11 May; Sat/Sun are off.
//
// The period: Mon 27 April – Sun 17 May 2026 (ISO weeks 18, 19, 20); compared with the three
// weeks before. "Now" is Wed 20 May 2026, 12:00 Moscow.

export const NOW_MS = Date.parse('2026-05-20T12:00:00+03:00');
export const choice = customPeriod('2026-04-27', '2026-05-17');

export const mayRows = rowsOf({
  issues: [
    // I1 rubbish (1 working day). Received Thu 30 Apr 20:00; Fri 1 May holiday, weekend →
    // deadline Mon 4 May. Reported Mon 4 May 09:00: on time. Working hours 4 + 9 = 13; clock 85.
    issue({
      id: 'i1',
      receivedAt: '2026-04-30T20:00:00+03:00',
      deadlineAt: '2026-05-04T23:59:59+03:00',
      status: 'resolved',
    }),
    // I2 rubbish. Received Sat 9 May 10:00: counts from Tue 12 May (Mon 11 is the moved
    // holiday), deadline Wed 13 May. First report Thu 14 May 08:00: late, and rejected
    // (returned); the rework accepted. Working hours 0 + 0 + 0 + 24 + 24 + 8 = 56; clock 118.
    issue({
      id: 'i2',
      receivedAt: '2026-05-09T10:00:00+03:00',
      deadlineAt: '2026-05-13T23:59:59+03:00',
      status: 'resolved',
      address: 'г. Москва, Ореховый бульвар, 22к1, кв. 5',
    }),
    // I3 roof (3 working days). Received Mon 27 Apr 10:00 (written in UTC), first deadline Thu
    // 30 Apr; reported Wed 29 Apr 15:00: on time. Accepted, rated 1, disputed on Tue 5 May —
    // seen here as a status event — so its deadline is now Fri 8 May. Reworked on 12 May, still
    // on moderation: overdue now. Working = clock = 14 + 24 + 15 = 53 hours.
    issue({
      id: 'i3',
      categoryId: 'roof',
      receivedAt: '2026-04-27T07:00:00Z',
      deadlineAt: '2026-05-08T23:59:59+03:00',
      status: 'on_moderation',
      address: 'Шипиловская улица, д. 35, корп. 2',
      assigneeId: 'petrov',
    }),
    // I4 roof. Received Wed 6 May 09:00, first deadline Tue 12 May (Sat, Sun and the Mon 11
    // holiday skipped). Reported Thu 7 May 12:00: on time; accepted, rated 4. Reopened before
    // this workstation's first sync (no event): all that is left is a report sent after the
    // accepted one, and the deadline counted from the reopening (13 May → Mon 18 May): overdue
    // now. Working = clock = 15 + 12 = 27 hours.
    issue({
      id: 'i4',
      categoryId: 'roof',
      receivedAt: '2026-05-06T09:00:00+03:00',
      deadlineAt: '2026-05-18T23:59:59+03:00',
      status: 'on_moderation',
      address: 'Шипиловская улица, д. 35, корп. 2',
      assigneeId: 'petrov',
    }),
    // I5 rubbish. Received Fri 15 May 18:00, deadline Mon 18 May, no report and not assigned:
    // late (decided) and overdue now. A draft written here does not count.
    issue({
      id: 'i5',
      receivedAt: '2026-05-15T18:00:00+03:00',
      deadlineAt: '2026-05-18T23:59:59+03:00',
      status: 'new',
      assigneeId: null,
    }),
    // I6 roof. Received Sun 17 May 11:00: counts from Mon 18 May, deadline Thu 21 May. No
    // report yet (one waits in the outbox): neither on time nor late, not overdue.
    issue({
      id: 'i6',
      categoryId: 'roof',
      receivedAt: '2026-05-17T11:00:00+03:00',
      deadlineAt: '2026-05-21T23:59:59+03:00',
      address: 'Шипиловская улица, д. 35, корп. 2',
    }),
    // X1: 00:30 on Mon 18 May in Moscow, still the 17th in UTC: after the period.
    issue({ id: 'x1', receivedAt: '2026-05-17T21:30:00Z', deadlineAt: '2026-05-19T23:59:59+03:00' }),
    // P1, previous period: 23:59 on Sun 26 April in Moscow. Counts from Mon 27, deadline Tue 28
    // April; reported at 23:59:59 that day, the deadline's last second: on time. Rated 3.
    issue({
      id: 'p1',
      receivedAt: '2026-04-26T20:59:00Z',
      deadlineAt: '2026-04-28T23:59:59+03:00',
      status: 'resolved',
    }),
    // P2, previous period: received Mon 20 April 10:00, deadline Tue 21; reported Wed 22 10:00: late. Rated 5.
    issue({
      id: 'p2',
      receivedAt: '2026-04-20T10:00:00+03:00',
      deadlineAt: '2026-04-21T23:59:59+03:00',
      status: 'resolved',
      assigneeId: 'petrov',
    }),
  ],
  reports: [
    cityReport({ id: 'r1', issueId: 'i1', submittedAt: '2026-05-04T09:00:00+03:00' }),
    cityReport({
      id: 'r2a',
      issueId: 'i2',
      submittedAt: '2026-05-14T08:00:00+03:00',
      status: 'rejected',
      text: 'Убрано.',
      photoCount: 0,
    }),
    cityReport({ id: 'r2b', issueId: 'i2', submittedAt: '2026-05-15T10:00:00+03:00' }),
    cityReport({
      id: 'r3a',
      issueId: 'i3',
      submittedAt: '2026-04-29T15:00:00+03:00',
      authorId: 'petrov',
      text: 'Кровля над 5-м подъездом отремонтирована, швы промазаны.',
      photoCount: 3,
    }),
    cityReport({
      id: 'r3b',
      issueId: 'i3',
      submittedAt: '2026-05-12T10:00:00+03:00',
      status: 'on_moderation',
    }),
    cityReport({ id: 'r4a', issueId: 'i4', submittedAt: '2026-05-07T12:00:00+03:00', authorId: 'petrov' }),
    cityReport({
      id: 'r4b',
      issueId: 'i4',
      submittedAt: '2026-05-14T10:00:00+03:00',
      status: 'on_moderation',
    }),
    localReport('i5', 'draft'),
    localReport('i6', 'queued'),
    cityReport({ id: 'rp1', issueId: 'p1', submittedAt: '2026-04-28T23:59:59+03:00' }),
    cityReport({ id: 'rp2', issueId: 'p2', submittedAt: '2026-04-22T10:00:00+03:00' }),
  ],
  ratings: [
    rating({ id: 'g1', issueId: 'i1', reportId: 'r1', score: 5 }),
    rating({
      id: 'g2',
      issueId: 'i2',
      reportId: 'r2b',
      score: 2,
      comment: 'Мусор так и лежит',
      ratedAt: '2026-05-16T09:00:00+03:00',
    }),
    rating({
      id: 'g3',
      issueId: 'i3',
      reportId: 'r3a',
      score: 1,
      comment: 'Течёт снова',
      ratedAt: '2026-05-01T18:00:00+03:00',
    }),
    rating({ id: 'g4', issueId: 'i4', reportId: 'r4a', score: 4 }),
    rating({ id: 'gp1', issueId: 'p1', reportId: 'rp1', score: 3 }),
    rating({ id: 'gp2', issueId: 'p2', reportId: 'rp2', score: 5 }),
  ],
  events: [
    { issueId: 'i3', kind: 'status', at: '2026-05-05T10:00:00+03:00', from: 'resolved', to: 'reopened' },
    {
      issueId: 'i3',
      kind: 'deadline',
      at: '2026-05-05T10:00:00+03:00',
      from: '2026-04-30T23:59:59+03:00',
      to: '2026-05-08T23:59:59+03:00',
    },
  ],
});
