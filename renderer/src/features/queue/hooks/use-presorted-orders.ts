import { useEffect } from 'react';
import type { QueueColumns } from '../model/columns';
import type { SortedOrders } from '../model/column-sort';
import { sortColumns } from '../model/query';
import type { SortLookups } from '../model/sort';

type IdleHandle = number;
const requestIdle = (work: () => void): IdleHandle =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(work, { timeout: 2000 })
    : window.setTimeout(work, 50);
const cancelIdle = (handle: IdleHandle): void => {
  if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle);
  else window.clearTimeout(handle);
};

/**
 * Sorts the rows by every column while the screen is idle, one column per idle period, each
 * time the rows change: a click on any header then finds its order ready.
 */
export function usePresortedOrders(columns: QueueColumns, orders: SortedOrders, lookups: SortLookups): void {
  useEffect(() => {
    let handle: IdleHandle | null = null;
    const pending = sortColumns.filter((column) => !orders.has(columns, column, lookups));
    const next = () => {
      const column = pending.shift();
      if (column === undefined) return;
      handle = requestIdle(() => {
        orders.ascending(columns, column, lookups);
        next();
      });
    };
    next();
    return () => {
      if (handle !== null) cancelIdle(handle);
    };
  }, [columns, orders, lookups]);
}
