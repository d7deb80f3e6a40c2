import type { DeskDb } from '../../../db/database';
import type { IssueEventRecord, IssueRecord, ReportRecord } from '../../../db/records';
import type { RatingsEvent, RatingsIssue, RatingsReport, RatingsRows } from '../compute/rows';

// The replica's records cut down to what the figures read: a year of issues then takes a
// fraction of the memory, and the worker holds it between questions.

const toIssue = (record: IssueRecord): RatingsIssue => ({
  id: record.id,
  number: record.number,
  categoryId: record.categoryId,
  address: record.address,
  lat: record.lat,
  lng: record.lng,
  receivedAt: record.receivedAt,
  deadlineAt: record.deadlineAt,
  status: record.status,
  assigneeId: record.assigneeId,
});

const toReport = (record: ReportRecord): RatingsReport => ({
  clientReportId: record.clientReportId,
  issueId: record.issueId,
  authorId: record.authorId,
  text: record.text,
  photoCount: record.photos.length,
  localState: record.localState,
  ...(record.id === undefined ? {} : { id: record.id }),
  ...(record.status === undefined ? {} : { status: record.status }),
  ...(record.submittedAt === undefined ? {} : { submittedAt: record.submittedAt }),
  ...(record.decidedAt === undefined ? {} : { decidedAt: record.decidedAt }),
  ...(record.status === 'rejected' ? { moderatorComment: record.moderatorComment ?? null } : {}),
});

const toEvent = ({ issueId, kind, at, from, to }: IssueEventRecord): RatingsEvent => ({
  issueId,
  kind,
  at,
  from,
  to,
});

/** Everything the ratings need, read in one transaction so the figures see one moment of the replica. */
export async function loadRatingsRows(db: DeskDb): Promise<RatingsRows> {
  return db.transaction(
    'r',
    [db.issues, db.reports, db.ratings, db.issueEvents, db.categories, db.staff],
    async () => {
      const [issues, reports, ratings, events, categories, staff] = await Promise.all([
        // Issues in id order, their rows in issue-id order: the figures join them by walking
        // both side by side (compute/id-slots.ts). Every report and rating has an issue id.
        db.issues.toArray(),
        db.reports.orderBy('issueId').toArray(),
        db.ratings.orderBy('issueId').toArray(),
        // Only status changes say anything the figures use (a reopening seen here).
        db.issueEvents.filter((event) => event.kind === 'status').toArray(),
        db.categories.toArray(),
        db.staff.toArray(),
      ]);
      return {
        issues: issues.map(toIssue),
        reports: reports.map(toReport),
        ratings: ratings.map(({ id, issueId, reportId, score, comment, ratedAt }) => ({
          id,
          issueId,
          reportId,
          score,
          comment,
          ratedAt,
        })),
        events: events.map(toEvent),
        categories: categories.map(({ id, parentId, nameRu, nameEn, slaWorkingDays }) => ({
          id,
          parentId,
          nameRu,
          nameEn,
          slaWorkingDays,
        })),
        staff: staff.map(({ id, name }) => ({ id, name })),
      };
    },
  );
}
