import type { QueueColumns } from './columns';
import { compileColumnFilter, filterPositions } from './column-filter';
import { SortedOrders } from './column-sort';
import type { DeadlineWindow } from './deadline-window';
import type { CategoryChildren } from './filter';
import type { QueueQuery } from './query';
import { QueueResult } from './queue-result';
import { normaliseSearchText } from './search-text';
import type { SortLookups } from './sort';

/**
 * The rows the queue shows, in order: a walk over the cached sorted order (forwards or
 * backwards) keeping what the filter accepts. No sort happens here unless the rows changed.
 */
export function runQuery(
  columns: QueueColumns,
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
  lookups: SortLookups,
  orders: SortedOrders,
): QueueResult {
  const order = orders.ascending(columns, query.sort.column, lookups);
  const filter = compileColumnFilter(columns, query, window, children);
  return new QueueResult(columns, filterPositions(columns, order, query.sort.direction === 'desc', filter));
}

interface LastRun {
  columns: QueueColumns;
  window: DeadlineWindow;
  children: CategoryChildren;
  lookups: SortLookups;
  /** The query with its search left out, as a key. */
  rest: string;
  search: string;
  result: QueueResult;
}

const restOf = (query: QueueQuery): string => JSON.stringify({ ...query, search: '' });

/**
 * Runs queries one after another, remembering the last: a search typed on (the new text
 * starts with the old one) can only narrow the result, so only the rows already shown are
 * searched again, not all 100,000. Everything else runs in full over the cached sorted orders.
 */
export class QueryRunner {
  readonly orders = new SortedOrders();
  private last: LastRun | null = null;

  run(
    columns: QueueColumns,
    query: QueueQuery,
    window: DeadlineWindow,
    children: CategoryChildren,
    lookups: SortLookups,
  ): QueueResult {
    const search = normaliseSearchText(query.search);
    const rest = restOf(query);
    const last = this.last;
    const narrowing =
      last !== null &&
      last.columns === columns &&
      last.window === window &&
      last.children === children &&
      last.lookups === lookups &&
      last.rest === rest &&
      last.search !== '' &&
      search.startsWith(last.search);
    const result = narrowing
      ? new QueueResult(
          columns,
          filterPositions(
            columns,
            last.result.positions,
            false,
            compileColumnFilter(columns, query, window, children),
          ),
        )
      : runQuery(columns, query, window, children, lookups, this.orders);
    this.last = { columns, window, children, lookups, rest, search, result };
    return result;
  }
}
