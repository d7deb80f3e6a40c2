import { useBackgroundQuery } from '../../db/use-background-query';
import type { IssueStatus } from '@shared/domain';
import type { IssueRecord, OutboxRecord, ReportRecord } from '../../db/records';
import { useWorkspace } from '../../app/session/session-context';
import { latestReport } from './drafts';

/** What a supervisor works on: assigned to them and not yet resolved. */
const myWorkStatuses: readonly IssueStatus[] = [
  'in_progress',
  'returned',
  'reopened',
  'on_moderation',
  'new',
];

export interface MyWorkItem {
  issue: IssueRecord;
  report: ReportRecord | undefined;
  /** The report's trip to the city, while it is on its way. */
  sending: OutboxRecord | undefined;
  residentPhotosKept: number;
  /** A report of the issue the city refused, kept here until the person deals with it (maybe not the latest). */
  refused: ReportRecord | undefined;
  /** When a resident disputed the published answer, as this workstation saw it; null if unknown. */
  disputedAt: string | null;
}

export function useMyWork(): MyWorkItem[] | undefined {
  const { db, user } = useWorkspace();
  return useBackgroundQuery(async () => {
    const issues = await db.issues
      .where('assigneeKey')
      .equals(user.id)
      .filter((issue) => myWorkStatuses.includes(issue.status))
      .toArray();
    issues.sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));
    const ids = issues.map((issue) => issue.id);
    const reports = await db.reports.where('issueId').anyOf(ids).toArray();
    const outbox = await db.outbox.where('state').anyOf('waiting', 'sending').toArray();
    const shas = [...new Set(issues.flatMap((issue) => issue.residentPhotos.map((p) => p.sha256)))];
    const reopenings = await db.issueEvents
      .where('issueId')
      .anyOf(issues.filter((issue) => issue.status === 'reopened').map((issue) => issue.id))
      .filter((event) => event.kind === 'status' && event.to === 'reopened')
      .toArray();
    const kept = new Set(
      (await db.photos.bulkGet(shas)).flatMap((photo) => (photo?.blob ? [photo.sha256] : [])),
    );
    return issues.map((issue) => {
      const report = latestReport(reports.filter((r) => r.issueId === issue.id));
      return {
        issue,
        report,
        sending: outbox.find(
          (item) => item.kind === 'report' && item.payload.clientReportId === report?.clientReportId,
        ),
        residentPhotosKept: issue.residentPhotos.filter((p) => kept.has(p.sha256)).length,
        refused: reports.find((r) => r.issueId === issue.id && r.localState === 'refused'),
        disputedAt:
          reopenings
            .filter((event) => event.issueId === issue.id)
            .map((event) => event.at)
            .sort()
            .at(-1) ?? null,
      };
    });
  }, [db, user.id]);
}
