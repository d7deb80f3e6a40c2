import 'fake-indexeddb/auto';
import { repeatsMessages } from '../repeats-messages';
import { returnReasonsMessages } from '../return-reasons-messages';
import { afterEach, describe, expect, it } from 'vitest';
import { issueStatuses } from '@shared/domain';
import { createDb, type DeskDb } from '../../../db/database';
import type { IssueRecord, ReportRecord } from '../../../db/records';
import { computeRatings } from '../compute/compute';
import { NOW_MS, choice, mayRows } from '../compute/test/may-holidays';
import { csvColumns, csvSummaryFigures } from '../export/ratings-csv';
import { createRatingsJobRunner, openForEachRead, runRatingsJob, type DatabaseLender } from './jobs';

// The worker's jobs against a real (fake-indexeddb) replica: the hand-made May case written as
// the sync engine writes it, read back, and every figure the same as from the rows themselves.

let opened: DeskDb[] = [];
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

async function writeMayReplica(name: string): Promise<DeskDb> {
  const db = createDb({ name });
  opened.push(db);
  const issues: IssueRecord[] = mayRows.issues.map((issue) => ({
    ...issue,
    title: 'Жалоба',
    description: '',
    district: 'Орехово-Борисово Северное',
    lat: 55.6,
    lng: 37.7,
    createdAt: issue.receivedAt,
    priority: 'normal',
    residentPhotos: [],
    moderatorComment: null,
    rev: 1,
    assigneeKey: issue.assigneeId ?? '',
  }));
  const reports: ReportRecord[] = mayRows.reports.map(({ photoCount, ...report }) => ({
    ...report,
    photos: Array.from({ length: photoCount }, () => ({ sha256: 'a'.repeat(64), role: 'after' as const })),
    completedAt: report.submittedAt ?? '2026-05-01T00:00:00+03:00',
    updatedAt: report.submittedAt ?? '2026-05-01T00:00:00+03:00',
  }));
  await db.issues.bulkPut(issues);
  await db.reports.bulkPut(reports);
  await db.ratings.bulkPut([...mayRows.ratings]);
  await db.issueEvents.bulkAdd(mayRows.events.map((event) => ({ ...event, rev: 2 })));
  await db.categories.bulkPut(mayRows.categories.map((c) => ({ ...c, afterPhotoRequired: false })));
  await db.staff.bulkPut(mayRows.staff.map((s) => ({ ...s, role: 'supervisor' as const, active: true })));
  return db;
}

describe('the ratings jobs', () => {
  it('compute from the database exactly what the rows give', async () => {
    await writeMayReplica('jobs-test-1');
    const runner = createRatingsJobRunner(openForEachRead);
    const source = { databaseName: 'jobs-test-1', version: 'v1' };
    const report = await runner.report(source, { choice, nowMs: NOW_MS });
    const repeats = await runner.repeats(source, { choice, nowMs: NOW_MS });
    expect({ ...report, repeats }).toEqual(computeRatings(mayRows, { choice, nowMs: NOW_MS }));
    expect(report).not.toHaveProperty('repeats');
    expect(report.current).toMatchObject({ issues: 6, onTime: 3, overdue: 3, returned: 1, reopened: 2 });
  });

  it('read the replica again only when its version changes', async () => {
    const db = await writeMayReplica('jobs-test-2');
    let reads = 0;
    const counting: DatabaseLender = (name, read) => {
      reads += 1;
      return openForEachRead(name, read);
    };
    const runner = createRatingsJobRunner(counting);
    const query = { choice, nowMs: NOW_MS };
    await runner.report({ databaseName: 'jobs-test-2', version: 'v1' }, query);
    await runner.report({ databaseName: 'jobs-test-2', version: 'v1' }, query);
    expect(reads).toBe(1);
    await db.issues.delete('i6');
    const fresher = await runner.report({ databaseName: 'jobs-test-2', version: 'v2' }, query);
    expect(reads).toBe(2);
    expect(fresher.current.issues).toBe(5);
  });

  it('answer each kind of job with its own kind', async () => {
    await writeMayReplica('jobs-test-3');
    const runner = createRatingsJobRunner(openForEachRead);
    const source = { databaseName: 'jobs-test-3', version: 'v1' };
    const text = {
      language: 'en' as const,
      columns: new Map(csvColumns.map((column) => [column, column])),
      statuses: new Map(issueStatuses.map((status) => [status, status])),
      yes: 'yes',
      no: 'no',
      notYet: 'not yet',
      unassigned: 'nobody',
      unknownTopic: '?',
      summary: { figure: 'figure', current: 'current', previous: 'previous', city: 'city' },
      figures: new Map(csvSummaryFigures.map((figure) => [figure, figure])),
      tables: { returnReasons: returnReasonsMessages.en, repeats: repeatsMessages.en },
    };
    const csv = await runRatingsJob(runner, {
      kind: 'csv',
      source,
      query: { choice, nowMs: NOW_MS },
      city: null,
      text,
    });
    expect(csv.kind).toBe('csv');
    if (csv.kind === 'csv')
      expect(csv.value.split('\r\n')[1]).toMatch(
        /^НГ-2026-i1;30\.04\.2026 20:00;My yard › Uncollected rubbish;/,
      );
    const report = await runRatingsJob(runner, { kind: 'report', source, query: { choice, nowMs: NOW_MS } });
    expect(report.kind).toBe('report');
    const repeats = await runRatingsJob(runner, {
      kind: 'repeats',
      source,
      query: { choice, nowMs: NOW_MS },
    });
    expect(repeats.kind).toBe('repeats');
  });
});
