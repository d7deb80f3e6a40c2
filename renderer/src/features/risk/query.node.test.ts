import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from '../../db/database';
import type { IssueRecord, ReportRecord } from '../../db/records';
import { atRiskIssues } from './query';

const moscow = (time: string): string => `${time}+03:00`;

function issueRow(id: string, over: Partial<IssueRecord>): IssueRecord {
  return {
    id,
    number: `НГ-2026-${id}`,
    categoryId: 'roof',
    title: 'Протечка',
    description: 'Течёт крыша',
    address: 'Ореховый бульвар, 1',
    district: 'Орехово-Борисово Северное',
    lat: 55.6,
    lng: 37.7,
    createdAt: moscow('2026-11-02T09:00:00'),
    receivedAt: moscow('2026-11-02T09:00:00'),
    deadlineAt: moscow('2026-11-06T23:59:59'),
    status: 'resolved',
    assigneeId: 'sup-1',
    assigneeKey: 'sup-1',
    priority: 'normal',
    residentPhotos: [],
    moderatorComment: null,
    rev: 1,
    ...over,
  };
}

function reportRow(issueId: string, submittedAt: string): ReportRecord {
  return {
    clientReportId: `00000000-0000-4000-8000-${issueId.padStart(12, '0')}`,
    issueId,
    authorId: 'sup-1',
    text: 'Кровля отремонтирована, течи нет.',
    photos: [],
    completedAt: submittedAt,
    localState: null,
    updatedAt: submittedAt,
    id: `rep-${issueId}`,
    status: 'accepted',
    submittedAt,
    decidedAt: submittedAt,
    moderatorComment: null,
    rev: 1,
  };
}

describe('the issues at risk in the replica', () => {
  it('flags the open issue whose topic’s past issues often ran late, with its reasons', async () => {
    const db = createDb({ name: 'risk-query', indexedDB: new IDBFactory(), IDBKeyRange });
    await db.categories.put({
      id: 'roof',
      parentId: null,
      nameRu: 'Протечка кровли',
      nameEn: 'Roof leak',
      slaWorkingDays: 3,
      afterPhotoRequired: true,
    });
    // 50 past roof issues received Monday 2 November (due Friday 6th, the 4th a holiday): 40 answered Tuesday, 10 the next Monday.
    const past = Array.from({ length: 50 }, (_, index) => String(index + 1));
    await db.issues.bulkPut(past.map((id) => issueRow(id, {})));
    await db.reports.bulkPut(
      past.map((id, index) =>
        reportRow(id, moscow(index < 40 ? '2026-11-03T12:00:00' : '2026-11-09T12:00:00')),
      ),
    );
    // Open now: received Monday 23 November, due Thursday 26th; seen Thursday morning, and one fresh.
    await db.issues.bulkPut([
      issueRow('late-1', {
        status: 'in_progress',
        receivedAt: moscow('2026-11-23T00:00:00'),
        deadlineAt: moscow('2026-11-26T23:59:59'),
      }),
      issueRow('fresh', {
        status: 'new',
        assigneeId: null,
        assigneeKey: '',
        receivedAt: moscow('2026-11-26T08:00:00'),
        deadlineAt: moscow('2026-12-01T23:59:59'),
      }),
    ]);
    const flags = await atRiskIssues(db, Date.parse(moscow('2026-11-26T09:00:00')));
    expect(flags.map((flag) => flag.issueId)).toEqual(['late-1']);
    expect(flags[0]?.reasons[0]).toMatchObject({ code: 'expected_late', alike: 10, lateAlike: 10 });
    db.close();
  });
});
