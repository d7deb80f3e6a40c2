import { describe, expect, it } from 'vitest';
import { issueFactsOf } from './issue-facts';
import { indexRows } from './row-index';
import { cityReport, issue, localReport, rating, rowsOf } from './test/builders';

// How the replica's rows are joined to its issues once per load (row-joins.ts, issue-table.ts).

const received = { receivedAt: '2026-05-12T10:00:00+03:00', deadlineAt: '2026-05-13T23:59:59+03:00' };
const NOW_MS = Date.parse('2026-05-20T12:00:00+03:00');

describe('the issue table', () => {
  it('takes an issue’s reports in the order the city received them, whatever their order in the replica', () => {
    const index = indexRows(
      rowsOf({
        issues: [issue({ id: 'a', ...received, status: 'resolved' })],
        reports: [
          cityReport({ id: 'second', issueId: 'a', submittedAt: '2026-05-14T09:00:00+03:00' }),
          cityReport({
            id: 'first',
            issueId: 'a',
            submittedAt: '2026-05-13T09:00:00+03:00',
            status: 'rejected',
          }),
        ],
      }),
    );
    const facts = issueFactsOf(index, 0, NOW_MS);
    expect(facts.firstReport?.id).toBe('first');
    expect(facts).toMatchObject({ onTime: true, reportCount: 2, rejectedCount: 1, reopened: false });
  });

  it('counts only the rows of issues the replica has, and a queued report apart from a draft', () => {
    const index = indexRows(
      rowsOf({
        issues: [issue({ id: 'a', ...received })],
        reports: [
          cityReport({ id: 'elsewhere', issueId: 'gone', submittedAt: '2026-05-13T09:00:00+03:00' }),
          localReport('a', 'queued'),
          localReport('a', 'draft'),
        ],
        ratings: [rating({ id: 'r', issueId: 'gone', reportId: 'elsewhere', score: 1 })],
      }),
    );
    expect(issueFactsOf(index, 0, NOW_MS)).toMatchObject({
      firstReport: null,
      reportsInOutbox: 1,
      ratings: [],
      onTime: false,
      overdueNow: true,
    });
  });

  it('gives two issues of one id (never in a replica) the same reports and ratings', () => {
    const index = indexRows(
      rowsOf({
        issues: [
          issue({ id: 'twice', ...received }),
          issue({ id: 'twice', ...received, status: 'resolved' }),
        ],
        reports: [cityReport({ id: 'r1', issueId: 'twice', submittedAt: '2026-05-13T09:00:00+03:00' })],
        ratings: [rating({ id: 's', issueId: 'twice', reportId: 'r1', score: 4 })],
      }),
    );
    for (const position of [0, 1]) {
      const facts = issueFactsOf(index, position, NOW_MS);
      expect(facts.firstReport?.id).toBe('r1');
      expect(facts.ratings.map(({ score }) => score)).toEqual([4]);
    }
    expect(issueFactsOf(index, 1, NOW_MS).resolved).toBe(true);
  });
});
