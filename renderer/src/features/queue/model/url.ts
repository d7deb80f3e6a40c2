import { issueStatuses, priorities, type IssueStatus, type Priority } from '@shared/domain';
import { deadlineFilters, type DeadlineFilter } from './deadline-window';
import {
  defaultSort,
  emptyQuery,
  sortColumns,
  type QueueQuery,
  type SortColumn,
  type SortSpec,
} from './query';
import { defaultView, isQueueView } from './views';

// The whole query in the address, e.g. `#/queue?view=overdue&status=new&cat=yard&q=лифт&sort=received&dir=desc`,
// so that a view can be bookmarked, reopened and sent to a colleague. Lists repeat the
// parameter (`status=new&status=returned`): district names and searches may contain commas.
// Defaults are left out, so the plain `#/queue` is the default view.

const pick = <T extends string>(allowed: readonly T[], values: readonly string[]): T[] => {
  const known = new Set<string>(allowed);
  return [...new Set(values)].filter((value): value is T => known.has(value));
};

const one = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  allowed.find((candidate) => candidate === value) ?? null;

// The same list from one address to the next is the same array, and the same sort the same
// object: each filter control is memoised on its value and re-renders only when it changes.
const interned = new Map<string, readonly string[] | SortSpec>();
function intern<T extends readonly string[] | SortSpec>(key: string, value: T): T {
  const known = interned.get(key);
  if (known) return known as T;
  if (interned.size > 500) interned.clear();
  interned.set(key, value);
  return value;
}
const list = <T extends string>(name: string, values: T[]): readonly T[] =>
  intern(`${name}\u0000${values.join('\u0000')}`, values);

export function queryFromParams(params: URLSearchParams): QueueQuery {
  const view = params.get('view');
  const column = one<SortColumn>(sortColumns, params.get('sort'));
  const direction = one(['asc', 'desc'] as const, params.get('dir'));
  const sort: SortSpec = column
    ? { column, direction: direction ?? defaultSort.direction }
    : { ...defaultSort, direction: direction ?? defaultSort.direction };
  const nonEmpty = (name: string) => [...new Set(params.getAll(name).filter((value) => value !== ''))];
  return {
    view: isQueueView(view) ? view : defaultView,
    statuses: list('status', pick<IssueStatus>(issueStatuses, params.getAll('status'))),
    categories: list('cat', nonEmpty('cat')),
    districts: list('district', nonEmpty('district')),
    assignees: list('assignee', nonEmpty('assignee')),
    deadline: one<DeadlineFilter>(deadlineFilters, params.get('deadline')),
    priorities: list('priority', pick<Priority>(priorities, params.getAll('priority'))),
    search: params.get('q') ?? '',
    sort: intern(`sort\u0000${sort.column}\u0000${sort.direction}`, sort),
  };
}

export function paramsFromQuery(query: QueueQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.view !== emptyQuery.view) params.set('view', query.view);
  for (const status of query.statuses) params.append('status', status);
  for (const category of query.categories) params.append('cat', category);
  for (const district of query.districts) params.append('district', district);
  for (const assignee of query.assignees) params.append('assignee', assignee);
  if (query.deadline) params.set('deadline', query.deadline);
  for (const priority of query.priorities) params.append('priority', priority);
  if (query.search !== '') params.set('q', query.search);
  if (query.sort.column !== defaultSort.column) params.set('sort', query.sort.column);
  if (query.sort.direction !== defaultSort.direction || query.sort.column !== defaultSort.column)
    params.set('dir', query.sort.direction);
  return params;
}

/** A stable name for a query: equal queries, equal keys (the bench waits for the page to show this key). */
export const queryKey = (query: QueueQuery): string => paramsFromQuery(query).toString();
