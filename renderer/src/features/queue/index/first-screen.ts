import Dexie, { type Collection, type InsertType } from 'dexie';
import type { IssueStatus } from '@shared/domain';
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
 * serves it. Work still open (every view but "all") sorted by deadline is walked status by
 * status in deadline order until a screenful matches; sorted otherwise, all of it is read by
 * status (it is a small part of a year's issues) and the screen is complete. Any other query
 * whose sort has an index (deadline, time of receipt) walks every issue in its order.
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

interface Walked {
  readonly issues: IssueRecord[];
  /** The walk reached the end of its range: every match is among `issues`. */
  readonly exhausted: boolean;
}

type IssueCollection = Collection<IssueRecord, string, InsertType<IssueRecord, 'id'>>;

/** Walks `collection` (in the sort's order) until a screenful matches or too many were looked at. */
async function walk(collection: IssueCollection, accepts: (row: QueueRow) => boolean): Promise<Walked> {
  let walked = 0;
  let matched = 0;
  const issues = await collection
    .until(() => walked >= MAX_WALKED || matched >= FIRST_ROWS)
    .filter((issue) => {
      walked += 1;
      const hit = accepts(toQueueRow(issue));
      if (hit) matched += 1;
      return hit;
    })
    .toArray();
  return { issues, exhausted: walked < MAX_WALKED && matched < FIRST_ROWS };
}

/**
 * A screenful in the order of `ascending`'s index: first in one read of the index's first
 * rows (a cursor's walk costs a trip to the database for each issue, under load a millisecond
 * each), walked only when some of those rows do not match. IndexedDB reads many at once only
 * forwards: a descending order is walked.
 */
async function screenful(
  ascending: IssueCollection,
  descending: boolean,
  accepts: (row: QueueRow) => boolean,
): Promise<Walked> {
  if (descending) return walk(ascending.reverse(), accepts);
  const first = await ascending.clone().limit(FIRST_ROWS).toArray();
  const exhausted = first.length < FIRST_ROWS;
  const issues = first.filter((issue) => accepts(toQueueRow(issue)));
  return issues.length === first.length || exhausted ? { issues, exhausted } : walk(ascending, accepts);
}

/**
 * The first screen of open work by deadline: each status's first screenful in deadline order
 * (index `[status+deadlineAt]`), merged, and cut where the first status that stopped early
 * stopped, so that the rows kept are exactly the first ones of the whole answer.
 */
async function openWorkByDeadline(
  db: DeskDb,
  statuses: readonly IssueStatus[],
  descending: boolean,
  accepts: (row: QueueRow) => boolean,
): Promise<FirstScreen | null> {
  const walks = await Promise.all(
    statuses.map((status) => {
      const range = db.issues
        .where('[status+deadlineAt]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey], true, true);
      return screenful(range, descending, accepts);
    }),
  );
  const before = (a: string, b: string) => (descending ? a > b : a < b);
  let cut: string | null = null;
  for (const { issues, exhausted } of walks) {
    const last = issues.at(-1)?.deadlineAt;
    if (exhausted) continue;
    // A status that found nothing in MAX_WALKED issues says nothing of where to cut: no index serves this.
    if (last === undefined) return null;
    if (cut === null || before(last, cut)) cut = last;
  }
  const issues = walks
    .flatMap((found) => found.issues)
    .filter((issue) => cut === null || issue.deadlineAt === cut || before(issue.deadlineAt, cut));
  return { columns: buildColumns(await rowsOf(issues, () => true)), complete: cut === null };
}

async function readByIndex(
  db: DeskDb,
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
): Promise<FirstScreen | null> {
  const accepts = compileFilter(query, window, children);
  const statuses = queryStatuses(query);
  const descending = query.sort.direction === 'desc';
  if (!statuses.includes('resolved')) {
    if (query.sort.column === 'deadline') return openWorkByDeadline(db, statuses, descending, accepts);
    const issues = (
      await Promise.all(statuses.map((status) => db.issues.where('status').equals(status).toArray()))
    ).flat();
    return { columns: buildColumns(await rowsOf(issues, accepts)), complete: true };
  }
  const index =
    query.sort.column === 'deadline' ? 'deadlineAt' : query.sort.column === 'received' ? 'receivedAt' : null;
  if (index === null) return null;
  const ordered = db.issues.orderBy(index);
  // The city writes every time in Moscow time, so the strings of the index order like the instants.
  const { issues, exhausted } = await screenful(ordered, descending, accepts);
  if (issues.length === 0 && !exhausted) return null;
  return { columns: buildColumns(await rowsOf(issues, () => true)), complete: exhausted };
}
