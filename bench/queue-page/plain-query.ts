import type { DeskDb } from '../../renderer/src/db/database';
import { deadlineWindowAt } from '../../renderer/src/features/queue/model/deadline-window';
import { compileFilter, expandCategories } from '../../renderer/src/features/queue/model/filter';
import type { QueueLookups } from '../../renderer/src/features/queue/model/lookups';
import { UNASSIGNED, type QueueQuery } from '../../renderer/src/features/queue/model/query';
import { toQueueRow, type QueueRow } from '../../renderer/src/features/queue/model/queue-row';
import { buildColumns } from '../../renderer/src/features/queue/model/columns';
import { sortedPositions } from '../../renderer/src/features/queue/model/column-sort';

// The benchmark's yardstick: the same rows as the queue, got the way a screen would without
// the in-memory index: one indexed Dexie query on the most selective indexed clause, the rest
// of the filter over what it returns, and a sort.

const isoMoscow = (ms: number): string => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 19) + '+03:00';

type IssueCollection = ReturnType<DeskDb['issues']['toCollection']>;

function indexedCollection(
  db: DeskDb,
  query: QueueQuery,
  lookups: QueueLookups,
  nowMs: number,
): IssueCollection {
  if (query.statuses.length > 0) return db.issues.where('status').anyOf([...query.statuses]);
  if (query.view === 'new' || query.view === 'returned' || query.view === 'reopened')
    return db.issues.where('status').equals(query.view);
  if (query.priorities.length > 0) return db.issues.where('priority').anyOf([...query.priorities]);
  if (query.assignees.length > 0)
    return db.issues.where('assigneeKey').anyOf(query.assignees.map((id) => (id === UNASSIGNED ? '' : id)));
  if (query.categories.length > 0)
    return db.issues.where('categoryId').anyOf([...expandCategories(query.categories, lookups.children)]);
  if (query.districts.length > 0) return db.issues.where('district').anyOf([...query.districts]);
  // The city writes every deadline in Moscow time, so the strings order like the instants.
  if (query.deadline === 'overdue' || query.view === 'overdue')
    return db.issues.where('deadlineAt').below(isoMoscow(nowMs));
  if (query.deadline !== null) return db.issues.where('deadlineAt').aboveOrEqual(isoMoscow(nowMs));
  return db.issues.toCollection();
}

export async function plainQuery(
  db: DeskDb,
  query: QueueQuery,
  lookups: QueueLookups,
  nowMs: number,
): Promise<QueueRow[]> {
  const accepts = compileFilter(query, deadlineWindowAt(nowMs), lookups.children);
  const records = await indexedCollection(db, query, lookups, nowMs)
    .filter((issue) => accepts(toQueueRow(issue)))
    .toArray();
  const columns = buildColumns(records.map(toQueueRow));
  const sorted = Array.from(
    sortedPositions(columns, query.sort.column, lookups.sort),
    (i) => columns.rows[i],
  );
  const rows = sorted.filter((row): row is QueueRow => row !== undefined);
  return query.sort.direction === 'asc' ? rows : rows.reverse();
}
