import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskDb } from '../../../db/database';
import type { ReturnedAnswer } from '../checks/answer-check';

const decidedMs = ({ decidedAt }: ReturnedAnswer): number =>
  decidedAt === null ? 0 : Date.parse(decidedAt) || 0;

/**
 * This company's answers on a topic that the moderator returned, with the moderator's comment,
 * the latest first: the replica's rejected reports on the topic's issues (this one's too). Read
 * live, so a return that a sync brings shows at once; empty while the replica is being read.
 */
export function useReturnedAnswers(db: DeskDb, categoryId: string): readonly ReturnedAnswer[] {
  return (
    useLiveQuery(async () => {
      const issueIds = await db.issues.where('categoryId').equals(categoryId).primaryKeys();
      const reports = await db.reports
        .where('issueId')
        .anyOf(issueIds)
        .filter((report) => report.status === 'rejected' && (report.moderatorComment ?? '').trim() !== '')
        .toArray();
      return reports
        .map((report) => ({
          text: report.text,
          comment: report.moderatorComment ?? '',
          decidedAt: report.decidedAt ?? null,
        }))
        .sort((a, b) => decidedMs(b) - decidedMs(a));
    }, [db, categoryId]) ?? []
  );
}
