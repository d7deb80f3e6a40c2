import type { DeskDb } from '../../../db/database';
import type { IssueRecord } from '../../../db/records';
import { buildColumns, type QueueColumns } from '../model/columns';
import { queryStatuses } from '../model/column-filter';
import type { DeadlineWindow } from '../model/deadline-window';
import { compileFilter, type CategoryChildren } from '../model/filter';
import type { QueueQuery } from '../model/query';
import { toQueueRow, type QueueRow } from '../model/queue-row';

/**
 * What the queue can show before the whole replica is in memory: the query's rows among a few
 * read through an index of the replica, as columns the same query runs over (so they come in
 * the very order the full index will give them).
 */
export interface FirstScreen {
  readonly columns: QueueColumns;
  /** Every row of the query is here: the screen can say how many there are. */
  readonly complete: boolean;
}

/** Rows enough for a screen and a scroll or two, when the query's rows cannot all be read at once. */
const FIRST_ROWS = 120;
/** Issues looked at in order of the sort before giving up on a rare filter (the full index is coming). */
const MAX_WALKED = 4000;
/** Rows made between yields to the UI. */
const ROWS_PER_SLICE = 500;

const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function rowsOf(
  issues: readonly IssueRecord[],
  accepts: (row: QueueRow) => boolean,
): Promise<QueueRow[]> {
  const rows: QueueRow[] = [];
  for (let start = 0; start < issues.length; start += ROWS_PER_SLICE) {
    if (start > 0) await yieldToUi();
    for (const issue of issues.slice(start, start + ROWS_PER_SLICE)) {
      const row = toQueueRow(issue);
      if (accepts(row)) rows.push(row);
    }
  }
  // In order of id, as the full index holds them: rows with equal keys keep the same order.
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Reads the first screen of `query` through the replica's indexes, or null when no index
 * serves it. Work still open (every view but "all") is a small part of a year's issues: all
 * of it is read by status, and the screen is complete. Otherwise, when the sort has an index
 * (deadline, time of receipt), issues are walked in its order until a screenful matches.
 */
export async function readFirstScreen(
  db: DeskDb,
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
): Promise<FirstScreen | null> {
  const started = performance.now();
  const screen = await readByIndex(db, query, window, children);
  performance.measure('queue: first screen read', { start: started });
  return screen;
}

async function readByIndex(
  db: DeskDb,
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
): Promise<FirstScreen | null> {
  const accepts = compileFilter(query, window, children);
  const statuses = queryStatuses(query);
  if (!statuses.includes('resolved')) {
    const issues = (
      await Promise.all(statuses.map((status) => db.issues.where('status').equals(status).toArray()))
    ).flat();
    return { columns: buildColumns(await rowsOf(issues, accepts)), complete: true };
  }
  const index =
    query.sort.column === 'deadline' ? 'deadlineAt' : query.sort.column === 'received' ? 'receivedAt' : null;
  if (index === null) return null;
  let walked = 0;
  let matched = 0;
  const ordered = db.issues.orderBy(index);
  // The city writes every time in Moscow time, so the strings of the index order like the instants.
  const issues = await (query.sort.direction === 'desc' ? ordered.reverse() : ordered)
    .until(() => walked >= MAX_WALKED || matched >= FIRST_ROWS)
    .filter((issue) => {
      walked += 1;
      const hit = accepts(toQueueRow(issue));
      if (hit) matched += 1;
      return hit;
    })
    .toArray();
  const complete = walked < MAX_WALKED && matched < FIRST_ROWS;
  if (issues.length === 0 && !complete) return null;
  return { columns: buildColumns(await rowsOf(issues, () => true)), complete };
}
