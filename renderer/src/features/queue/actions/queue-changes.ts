import type { IssuePatch } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import { queueIssueChange } from '../../../db/repositories';
import { isAssignable } from '../model/deadline-window';

export interface QueuedChanges {
  /** Issues whose change is now in the outbox. */
  queued: number;
  /** Issues the city would refuse to change now (on moderation, resolved) or that are gone. */
  skipped: number;
  /** Issues that already were as asked: nothing to send. */
  unchanged: number;
}

/**
 * Assigns or reprioritises one issue or many, each written locally with its outbox row (so
 * it works offline and shows as pending at once). Issues in a status the contract does not
 * let a company change are skipped rather than queued for a certain 409.
 */
export async function queueChanges(
  db: DeskDb,
  issueIds: readonly string[],
  patch: IssuePatch,
): Promise<QueuedChanges> {
  const result: QueuedChanges = { queued: 0, skipped: 0, unchanged: 0 };
  const issues = await db.issues.bulkGet([...issueIds]);
  for (const issue of issues) {
    if (!issue || !isAssignable(issue.status)) {
      result.skipped += 1;
      continue;
    }
    const pending = issue.pending?.state === 'pending' ? issue.pending : undefined;
    const assignee = pending?.assigneeId ?? issue.assigneeId;
    const priority = pending?.priority ?? issue.priority;
    const needed: IssuePatch = {
      ...(patch.assigneeId !== undefined && patch.assigneeId !== assignee
        ? { assigneeId: patch.assigneeId }
        : {}),
      ...(patch.priority !== undefined && patch.priority !== priority ? { priority: patch.priority } : {}),
    };
    if (needed.assigneeId === undefined && needed.priority === undefined) {
      result.unchanged += 1;
      continue;
    }
    await queueIssueChange(db, issue.id, needed);
    result.queued += 1;
  }
  return result;
}
