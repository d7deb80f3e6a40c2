import type { IssueStatus, Priority } from '@shared/domain';
import type { DeadlineFilter } from './deadline-window';
import { defaultView, type QueueView } from './views';

export const sortColumns = [
  'number',
  'topic',
  'address',
  'district',
  'deadline',
  'status',
  'assignee',
  'priority',
  'received',
] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'asc' | 'desc';

export interface SortSpec {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Stands for "no assignee" among the assignee filter's staff ids. */
export const UNASSIGNED = 'none';

/** Everything that decides which rows the queue shows and in what order; it lives in the URL. */
export interface QueueQuery {
  readonly view: QueueView;
  readonly statuses: readonly IssueStatus[];
  /** Category ids; a top-level category stands for all of its topics. */
  readonly categories: readonly string[];
  readonly districts: readonly string[];
  /** Staff ids and/or `UNASSIGNED`. */
  readonly assignees: readonly string[];
  readonly deadline: DeadlineFilter | null;
  readonly priorities: readonly Priority[];
  readonly search: string;
  readonly sort: SortSpec;
}

/** The most urgent first: what a dispatcher wants to see on opening the queue. */
export const defaultSort: SortSpec = { column: 'deadline', direction: 'asc' };

/** The direction a column sorts in when its header is first clicked: the useful end first. */
export const firstDirection: Record<SortColumn, SortDirection> = {
  number: 'asc',
  topic: 'asc',
  address: 'asc',
  district: 'asc',
  deadline: 'asc',
  status: 'asc',
  assignee: 'asc',
  priority: 'desc',
  received: 'desc',
};

export const emptyQuery: QueueQuery = {
  view: defaultView,
  statuses: [],
  categories: [],
  districts: [],
  assignees: [],
  deadline: null,
  priorities: [],
  search: '',
  sort: defaultSort,
};

/** The next sort after a click on a column header: the same column flips, another starts at its useful end. */
export function nextSort(current: SortSpec, column: SortColumn): SortSpec {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: firstDirection[column] };
}

/** How many filters narrow the view (for the "clear filters" button). */
export function activeFilterCount(query: QueueQuery): number {
  return (
    (query.statuses.length > 0 ? 1 : 0) +
    (query.categories.length > 0 ? 1 : 0) +
    (query.districts.length > 0 ? 1 : 0) +
    (query.assignees.length > 0 ? 1 : 0) +
    (query.deadline !== null ? 1 : 0) +
    (query.priorities.length > 0 ? 1 : 0) +
    (query.search.trim() !== '' ? 1 : 0)
  );
}
