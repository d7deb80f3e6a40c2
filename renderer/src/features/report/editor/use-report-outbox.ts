import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskDb } from '../../../db/database';
import type { OutboxRecord } from '../../../db/records';

/**
 * The outbox row that carries a report to the city, if it has one. Read through the outbox's
 * `issueId` index: only the issue's own rows are looked at, not the whole table.
 */
export function findReportOutboxRow(
  db: DeskDb,
  issueId: string,
  clientReportId: string,
): Promise<OutboxRecord | undefined> {
  return db.outbox
    .where('issueId')
    .equals(issueId)
    .filter((item) => item.kind === 'report' && item.payload.clientReportId === clientReportId)
    .first();
}

/** The report's outbox row, kept current: how far its sending has got. */
export function useReportOutboxRow(
  db: DeskDb,
  issueId: string,
  clientReportId: string,
): OutboxRecord | undefined {
  return useLiveQuery(() => findReportOutboxRow(db, issueId, clientReportId), [db, issueId, clientReportId]);
}
