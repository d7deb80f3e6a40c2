import type { IssueStatus, Priority } from '@shared/domain';
import { epochMsOf } from '@shared/calendar/instant';
import type { IssueRecord } from '../../../db/records';
import { normaliseSearchText } from './search-text';

/**
 * One line of the queue, kept in memory for every issue of the replica: only what the table
 * shows, filters and sorts by, with times as epoch milliseconds and the search text prepared,
 * so that a filter over 100,000 issues is a tight loop with no parsing and no database.
 */
export interface QueueRow {
  readonly id: string;
  readonly number: string;
  readonly categoryId: string;
  readonly address: string;
  readonly district: string;
  readonly status: IssueStatus;
  /** The assignee the person sees: a pending local change over the city's value. */
  readonly assigneeId: string | null;
  /** The priority the person sees: a pending local change over the city's value. */
  readonly priority: Priority;
  /** 'pending': a local change is on its way to the city; 'refused': the city said no. */
  readonly change: 'pending' | 'refused' | null;
  readonly deadlineMs: number;
  readonly receivedMs: number;
  /** Number, address and description, normalised by `normaliseSearchText`. */
  readonly search: string;
  readonly rev: number;
}

export function toQueueRow(issue: IssueRecord): QueueRow {
  const pending = issue.pending?.state === 'pending' ? issue.pending : undefined;
  return {
    id: issue.id,
    number: issue.number,
    categoryId: issue.categoryId,
    address: issue.address,
    district: issue.district,
    status: issue.status,
    // A refused change is not applied anywhere: the city's values stand until the person retries.
    assigneeId: pending?.assigneeId ?? issue.assigneeId,
    priority: pending?.priority ?? issue.priority,
    change: issue.pending?.state ?? null,
    deadlineMs: epochMsOf(issue.deadlineAt),
    receivedMs: epochMsOf(issue.receivedAt),
    search: normaliseSearchText(`${issue.number} ${issue.address} ${issue.description}`),
    rev: issue.rev,
  };
}

/** Whether two rows would look and filter the same: lets an update skip work when nothing changed. */
export function sameQueueRow(a: QueueRow, b: QueueRow): boolean {
  return (
    a.rev === b.rev &&
    a.assigneeId === b.assigneeId &&
    a.priority === b.priority &&
    a.change === b.change &&
    a.status === b.status
  );
}
