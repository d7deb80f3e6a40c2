import { useEffect, useState } from 'react';
import type { DeskDb } from '../../../db/database';
import { useSyncStatus } from '../../../db/use-sync-status';
import type { ReturnedAnswer } from '../checks/answer-check';

const decidedMs = ({ decidedAt }: ReturnedAnswer): number =>
  decidedAt === null ? 0 : Date.parse(decidedAt) || 0;

async function readReturnedAnswers(db: DeskDb, categoryId: string): Promise<ReturnedAnswer[]> {
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
}

/**
 * This company's answers on a topic that the moderator returned, with the moderator's comment,
 * the latest first: the replica's rejected reports on the topic's issues (this one's too). Read
 * when the editor opens and again after each sync, not live: a live query over the reports
 * would run again with every save of the draft being typed and every page a pull writes.
 */
export function useReturnedAnswers(db: DeskDb, categoryId: string): readonly ReturnedAnswer[] {
  const { lastSuccessAt, running } = useSyncStatus(db);
  const [returned, setReturned] = useState<readonly ReturnedAnswer[]>([]);
  useEffect(() => {
    let current = true;
    readReturnedAnswers(db, categoryId).then(
      (found) => current && setReturned(found),
      (error: unknown) => console.error('The returned answers could not be read', error),
    );
    return () => {
      current = false;
    };
  }, [db, categoryId, lastSuccessAt, running]);
  return returned;
}
