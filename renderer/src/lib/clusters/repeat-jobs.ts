import { RepeatTracker, withResolutions, type RepeatOf } from '@shared/clusters';
import type { DeskDb } from '../../db/database';
import type { IssueRecord } from '../../db/records';

// The repeat marks of the replica's open issues, beside the clusters in the same worker: read
// once with every issue and the accepted reports (which say when an issue was resolved), then
// kept by the issues a change names.

const repeatFieldsOf = (issue: IssueRecord) => ({
  id: issue.id,
  categoryId: issue.categoryId,
  address: issue.address,
  lat: issue.lat,
  lng: issue.lng,
  receivedAt: issue.receivedAt,
  status: issue.status,
  assigneeId: issue.assigneeId,
});

/** The accepted reports' decisions, as the replica keeps reports (`decidedAt` may be absent). */
const decisions = (reports: readonly { issueId: string; status?: string; decidedAt?: string | null }[]) =>
  reports.map((report) => ({
    issueId: report.issueId,
    status: report.status ?? '',
    decidedAt: report.decidedAt ?? null,
  }));

export class RepeatJobs {
  private tracker = new RepeatTracker();

  /** Every open issue that is a repeat, from the issues and reports read. */
  load(issues: readonly IssueRecord[], reports: Parameters<typeof decisions>[0]): [string, RepeatOf][] {
    this.tracker = new RepeatTracker();
    this.tracker.apply(withResolutions(issues.map(repeatFieldsOf), decisions(reports)));
    return [...this.tracker.repeats()];
  }

  /** The marks that changed with these issues (found: their new copies; the rest were removed). */
  async changed(
    db: DeskDb,
    found: readonly IssueRecord[],
    removed: readonly string[],
  ): Promise<[string, RepeatOf | null][]> {
    const reports = await db.reports
      .where('issueId')
      .anyOf(found.map((issue) => issue.id))
      .toArray();
    const change = this.tracker.apply(
      withResolutions(found.map(repeatFieldsOf), decisions(reports)),
      removed,
    );
    return [...change];
  }
}
