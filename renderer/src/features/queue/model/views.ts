import type { QueueRow } from './queue-row';
import { isAssignable, isUnresolved, type DeadlineWindow } from './deadline-window';

/**
 * The ready views a dispatcher starts from, each a precise rule over the issue as the person
 * sees it (a pending local assignment counts as made). Other filters narrow a view further.
 */
export const queueViews = ['open', 'new', 'overdue', 'returned', 'reopened', 'unassigned', 'all'] as const;
export type QueueView = (typeof queueViews)[number];

/** What `#/queue` shows with no `view` in the address. */
export const defaultView: QueueView = 'open';

export const viewRules: Record<QueueView, (row: QueueRow, window: DeadlineWindow) => boolean> = {
  // Open: everything the company has not been done with, i.e. every status but resolved.
  open: (row) => isUnresolved(row.status),
  // Новые: reached the company and nobody has taken them into work (status new).
  new: (row) => row.status === 'new',
  // Просроченные: as the city counts overdue: not resolved and past the deadline now (now > deadlineAt).
  overdue: (row, window) => isUnresolved(row.status) && window.nowMs > row.deadlineMs,
  // На доработке: the moderator rejected the report (status returned).
  returned: (row) => row.status === 'returned',
  // Открыты повторно: a resident disputed the published answer (status reopened).
  reopened: (row) => row.status === 'reopened',
  // Без исполнителя: nobody assigned, in a status where the company can assign (new, in progress, returned, reopened).
  unassigned: (row) => row.assigneeId === null && isAssignable(row.status),
  all: () => true,
};

export type ViewCounts = Record<QueueView, number>;

/** Every view's count in one pass over the rows. */
export function countViews(rows: readonly QueueRow[], window: DeadlineWindow): ViewCounts {
  const counts: ViewCounts = { open: 0, new: 0, overdue: 0, returned: 0, reopened: 0, unassigned: 0, all: 0 };
  for (const row of rows) {
    for (const view of queueViews) if (viewRules[view](row, window)) counts[view] += 1;
  }
  return counts;
}

export const isQueueView = (value: string | null): value is QueueView =>
  value !== null && (queueViews as readonly string[]).includes(value);
