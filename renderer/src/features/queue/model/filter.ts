import type { IssueStatus, Priority } from '@shared/domain';
import type { QueueRow } from './queue-row';
import { matchesDeadline, type DeadlineWindow } from './deadline-window';
import { UNASSIGNED, type QueueQuery } from './query';
import { searchTerms } from './search-text';
import { viewRules } from './views';

/** The category tree as the filter needs it: a top-level category's topics. */
export type CategoryChildren = ReadonlyMap<string, readonly string[]>;

/** The category ids a selection stands for: a top-level category selects all its topics (and itself). */
export function expandCategories(selected: readonly string[], children: CategoryChildren): Set<string> {
  const expanded = new Set<string>();
  for (const id of selected) {
    expanded.add(id);
    for (const child of children.get(id) ?? []) expanded.add(child);
  }
  return expanded;
}

/**
 * The query as a predicate over one row: the reference meaning of every filter and view.
 * The queue itself runs the same query over columns (`column-filter.ts`), held to this by tests.
 */
export function compileFilter(
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
): (row: QueueRow) => boolean {
  const view = viewRules[query.view];
  const statuses = query.statuses.length > 0 ? new Set<IssueStatus>(query.statuses) : null;
  const priorities = query.priorities.length > 0 ? new Set<Priority>(query.priorities) : null;
  const categories = query.categories.length > 0 ? expandCategories(query.categories, children) : null;
  const districts = query.districts.length > 0 ? new Set(query.districts) : null;
  const assignees = query.assignees.length > 0 ? new Set(query.assignees) : null;
  const deadline = query.deadline;
  const terms = searchTerms(query.search);
  return (row) => {
    if (!view(row, window)) return false;
    if (statuses && !statuses.has(row.status)) return false;
    if (priorities && !priorities.has(row.priority)) return false;
    if (categories && !categories.has(row.categoryId)) return false;
    if (districts && !districts.has(row.district)) return false;
    if (assignees && !assignees.has(row.assigneeId ?? UNASSIGNED)) return false;
    if (deadline && !matchesDeadline(deadline, row.status, row.deadlineMs, window)) return false;
    for (const term of terms) if (!row.search.includes(term)) return false;
    return true;
  };
}
