import { describe, expect, it } from 'vitest';
import { moderatorComments } from '../../../../../city-server/src/seed/demo-data/report-texts';
import { computeRatings } from './compute';
import { customPeriod } from './period';
import type { RatingsRows } from './rows';
import { categories, cityReport, issue } from './test/builders';

const [noResult, wrongAddress, formal] = moderatorComments;
const choice = customPeriod('2026-05-01', '2026-05-31');
const nowMs = Date.parse('2026-06-02T12:00:00+03:00');
const received = (day: number) => `2026-05-${String(day).padStart(2, '0')}T10:00:00+03:00`;
const deadlineAt = '2026-05-29T23:59:59+03:00';

const returned = (id: string, issueId: string, day: number, moderatorComment: string | null) =>
  cityReport({ id, issueId, submittedAt: received(day), status: 'rejected', moderatorComment });

function rowsWith(reports: RatingsRows['reports'], receipts: string[]): RatingsRows {
  return {
    issues: receipts.map((receivedAt, at) => issue({ id: `i${at + 1}`, receivedAt, deadlineAt })),
    reports,
    ratings: [],
    events: [],
    categories,
    staff: [],
  };
}

describe('return rate by reason', () => {
  it('groups the moderators’ words and puts the reason with the most returns first, with its share', () => {
    const rows = rowsWith(
      [
        returned('r1', 'i1', 3, formal ?? ''),
        returned('r2', 'i1', 4, 'Ответ формальный. Опишите выполненные работы.'),
        returned('r3', 'i2', 5, 'ответ носит формальный характер, опишите, какие работы выполнены'),
        returned('r4', 'i3', 6, wrongAddress ?? ''),
        returned('r5', 'i3', 7, noResult ?? ''),
        returned('r6', 'i4', 8, null),
        cityReport({ id: 'r7', issueId: 'i4', submittedAt: received(9) }),
        // Received before the period: its return is the previous period's.
        returned('r8', 'i5', 10, wrongAddress ?? ''),
      ],
      [received(2), received(3), received(4), received(5), '2026-04-20T10:00:00+03:00'],
    );
    const { returnReasons } = computeRatings(rows, { choice, nowMs });
    expect(returnReasons.returns).toBe(6);
    expect(returnReasons.withoutComment).toBe(1);
    expect(
      returnReasons.reasons.map(({ label, returns, share, issues }) => [label, returns, share, issues]),
    ).toEqual([
      [formal, 3, 0.5, 2],
      [noResult, 1, 1 / 6, 1],
      [wrongAddress, 1, 1 / 6, 1],
    ]);
    expect(returnReasons.reasons[0]?.otherWordings).toHaveLength(2);
  });

  it('is empty for a period without returns', () => {
    const rows = rowsWith([cityReport({ id: 'r1', issueId: 'i1', submittedAt: received(3) })], [received(2)]);
    const { returnReasons } = computeRatings(rows, { choice, nowMs });
    expect(returnReasons).toEqual({ reasons: [], returns: 0, withoutComment: 0 });
  });
});
