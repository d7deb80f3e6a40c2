import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskDb } from '../../../db/database';
import type { IssueEventRecord, IssueRecord, RatingRecord, ReportRecord } from '../../../db/records';

export interface IssueDetails {
  issue: IssueRecord;
  events: IssueEventRecord[];
  reports: ReportRecord[];
  ratings: RatingRecord[];
}

/** The issue and everything its panel shows, live; null when the replica has no such issue, undefined while reading. */
export function useIssueDetails(db: DeskDb, issueId: string): IssueDetails | null | undefined {
  return useLiveQuery(async () => {
    const issue = await db.issues.get(issueId);
    if (!issue) return null;
    const [events, reports, ratings] = await Promise.all([
      db.issueEvents.where('[issueId+at]').between([issueId, ''], [issueId, '\uffff']).toArray(),
      db.reports.where('issueId').equals(issueId).toArray(),
      db.ratings.where('issueId').equals(issueId).toArray(),
    ]);
    return { issue, events, reports, ratings };
  }, [db, issueId]);
}
