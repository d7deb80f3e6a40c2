import { describe, expect, it } from 'vitest';
import { issueFactsOf } from './issue-facts';
import { indexRows } from './row-index';
import type { RatingsRows } from './rows';
import { cityReport, issue, rowsOf } from './test/builders';
import { WorkingTime } from './working-time';

/** The first issue's facts. */
const factsOf = (rows: RatingsRows, nowIso: string) =>
  issueFactsOf(indexRows(rows, new WorkingTime()), 0, Date.parse(nowIso));

describe('one issue’s facts around holidays', () => {
  it('New Year: a one-day topic received on 30 December is due on 12 January', () => {
    const rows = rowsOf({
      issues: [
        issue({
          id: 'ny',
          receivedAt: '2025-12-30T12:00:00+03:00',
          deadlineAt: '2026-01-12T23:59:59+03:00',
          status: 'resolved',
        }),
      ],
      reports: [cityReport({ id: 'r', issueId: 'ny', submittedAt: '2026-01-12T20:00:00+03:00' })],
    });
    const facts = factsOf(rows, '2026-02-01T12:00:00+03:00');
    expect(facts.onTime).toBe(true);
    // 12 h on 30 Dec, nothing from 31 Dec to 11 Jan, 20 h on 12 Jan; the clock says 13 days 8 hours.
    expect(facts.workingHoursToReport).toBe(32);
    expect(facts.clockHoursToReport).toBe(320);
  });

  it('a transferred working Saturday is a deadline day, and the holiday after it is not', () => {
    // Received Fri 31 Oct 2025 (one-day topic): the next working day is Sat 1 Nov.
    const rows = rowsOf({
      issues: [
        issue({
          id: 'sat',
          receivedAt: '2025-10-31T12:00:00+03:00',
          deadlineAt: '2025-11-01T23:59:59+03:00',
          status: 'resolved',
        }),
      ],
      reports: [cityReport({ id: 'r', issueId: 'sat', submittedAt: '2025-11-03T10:00:00+03:00' })],
    });
    const facts = factsOf(rows, '2025-12-01T12:00:00+03:00');
    expect(facts.onTime).toBe(false);
    // 12 h on Friday, 24 h on the working Saturday, nothing on Sunday or the Monday holiday.
    expect(facts.workingHoursToReport).toBe(36);
    expect(facts.clockHoursToReport).toBe(70);
  });

  it('the deadline’s last second is on time, the next one is late', () => {
    const onTheLastSecond = factsOf(
      rowsOf({
        issues: [
          issue({
            id: 'a',
            receivedAt: '2026-03-02T10:00:00+03:00',
            deadlineAt: '2026-03-03T23:59:59+03:00',
          }),
        ],
        reports: [cityReport({ id: 'r', issueId: 'a', submittedAt: '2026-03-03T23:59:59.999+03:00' })],
      }),
      '2026-03-10T12:00:00+03:00',
    );
    expect(onTheLastSecond.onTime).toBe(true);
    const aMomentLater = factsOf(
      rowsOf({
        issues: [
          issue({
            id: 'a',
            receivedAt: '2026-03-02T10:00:00+03:00',
            deadlineAt: '2026-03-03T23:59:59+03:00',
          }),
        ],
        reports: [cityReport({ id: 'r', issueId: 'a', submittedAt: '2026-03-04T00:00:00+03:00' })],
      }),
      '2026-03-10T12:00:00+03:00',
    );
    expect(aMomentLater.onTime).toBe(false);
  });

  it('an unanswered issue is undecided until its deadline has passed, then late and overdue', () => {
    const rows = rowsOf({
      issues: [
        issue({ id: 'u', receivedAt: '2026-03-02T10:00:00+03:00', deadlineAt: '2026-03-03T23:59:59+03:00' }),
      ],
    });
    expect(factsOf(rows, '2026-03-03T23:59:58+03:00')).toMatchObject({ onTime: null, overdueNow: false });
    expect(factsOf(rows, '2026-03-04T00:00:00+03:00')).toMatchObject({ onTime: false, overdueNow: true });
  });

  it('an issue reopened before the first sync is known by its status, and judged by its first deadline', () => {
    // Roof leak (3 working days) received Wed 6 May 2026: first deadline Tue 12 May (9–11 May off).
    // Reopened; its record now says 18 May. The first report on 12 May was on time, though it
    // would have been on time against the new deadline either way; 13 May would be late.
    const reopened = (submittedAt: string) =>
      rowsOf({
        issues: [
          issue({
            id: 'ro',
            categoryId: 'roof',
            receivedAt: '2026-05-06T09:00:00+03:00',
            deadlineAt: '2026-05-18T23:59:59+03:00',
            status: 'reopened',
          }),
        ],
        reports: [cityReport({ id: 'r', issueId: 'ro', submittedAt })],
      });
    const onTime = factsOf(reopened('2026-05-12T18:00:00+03:00'), '2026-05-14T12:00:00+03:00');
    expect(onTime).toMatchObject({ reopened: true, onTime: true, overdueNow: false });
    expect(new Date(onTime.firstDeadlineMs).toISOString()).toBe('2026-05-12T20:59:59.000Z');
    const late = factsOf(reopened('2026-05-13T08:00:00+03:00'), '2026-05-14T12:00:00+03:00');
    expect(late.onTime).toBe(false);
  });

  it('an accepted answer on an issue that is no longer resolved means a reopening', () => {
    const rows = rowsOf({
      issues: [
        issue({
          id: 'x',
          receivedAt: '2026-03-02T10:00:00+03:00',
          deadlineAt: '2026-03-20T23:59:59+03:00',
          status: 'in_progress',
        }),
      ],
      reports: [cityReport({ id: 'r', issueId: 'x', submittedAt: '2026-03-03T10:00:00+03:00' })],
    });
    expect(factsOf(rows, '2026-03-10T12:00:00+03:00').reopened).toBe(true);
  });

  it('a rejected report and its accepted rework are not a reopening', () => {
    const rows = rowsOf({
      issues: [
        issue({
          id: 'w',
          receivedAt: '2026-03-02T10:00:00+03:00',
          deadlineAt: '2026-03-03T23:59:59+03:00',
          status: 'resolved',
        }),
      ],
      reports: [
        cityReport({ id: 'b', issueId: 'w', submittedAt: '2026-03-04T10:00:00+03:00' }),
        cityReport({ id: 'a', issueId: 'w', submittedAt: '2026-03-03T10:00:00+03:00', status: 'rejected' }),
      ],
    });
    const facts = factsOf(rows, '2026-03-10T12:00:00+03:00');
    expect(facts).toMatchObject({ reopened: false, rejectedCount: 1, reportCount: 2, onTime: true });
    // The first report is the earliest sent, whatever the order of the rows.
    expect(facts.firstReport?.id).toBe('a');
  });
});
