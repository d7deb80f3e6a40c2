import { describe, expect, it } from 'vitest';
import type { IssueEventRecord, RatingRecord, ReportRecord } from '../../../db/records';
import { buildTimeline } from './timeline';

const event = (
  kind: IssueEventRecord['kind'],
  at: string,
  from: string | null,
  to: string | null,
): IssueEventRecord => ({
  id: 0,
  issueId: 'iss-1',
  kind,
  at,
  from,
  to,
  rev: 1,
});

const report: ReportRecord = {
  clientReportId: '8f1c0b1e-2d3a-4b5c-8d6e-7f8091a2b3c4',
  issueId: 'iss-1',
  authorId: 'st-1',
  text: 'Мусор вывезен',
  photos: [{ sha256: 'a'.repeat(64), role: 'after' }],
  completedAt: '2026-11-21T10:00:00+03:00',
  localState: null,
  updatedAt: '2026-11-22T09:00:00+03:00',
  id: 'rep-1',
  status: 'rejected',
  submittedAt: '2026-11-21T12:00:00+03:00',
  moderatorComment: 'Нет фото после работ',
  decidedAt: '2026-11-22T09:00:00+03:00',
  rev: 2,
};

const rating: RatingRecord = {
  id: 'rat-1',
  issueId: 'iss-1',
  reportId: 'rep-1',
  score: 2,
  comment: 'Не убрали',
  ratedAt: '2026-11-23T18:00:00+03:00',
};

describe('the issue timeline', () => {
  it('tells the story in order: receipt, assignment, report, the moderator’s decision, a rating, a reopening', () => {
    const entries = buildTimeline({
      receivedAt: '2026-11-20T10:05:00+03:00',
      events: [
        event('status', '2026-11-24T08:00:00+03:00', 'resolved', 'reopened'),
        event('assignee', '2026-11-20T11:00:00+03:00', null, 'st-1'),
        event(
          'deadline',
          '2026-11-24T08:00:00+03:00',
          '2026-11-27T23:59:59+03:00',
          '2026-12-01T23:59:59+03:00',
        ),
      ],
      reports: [report],
      ratings: [rating],
    });
    expect(entries.map((entry) => entry.kind)).toEqual([
      'received',
      'assigned',
      'report',
      'decision',
      'rating',
      'reopened',
      'deadline',
    ]);
    expect(entries[3]).toMatchObject({ accepted: false, comment: 'Нет фото после работ' });
    expect(entries[2]).toMatchObject({ state: 'submitted', photos: report.photos });
  });

  it('shows a report written here and not yet sent', () => {
    const draft: ReportRecord = {
      ...report,
      localState: 'queued',
      submittedAt: undefined,
      status: undefined,
      decidedAt: undefined,
      id: undefined,
    };
    expect(
      buildTimeline({ receivedAt: '2026-11-20T10:05:00+03:00', events: [], reports: [draft], ratings: [] }),
    ).toEqual([
      { kind: 'received', at: '2026-11-20T10:05:00+03:00' },
      expect.objectContaining({ kind: 'report', state: 'waiting', at: report.updatedAt }),
    ]);
  });
});
