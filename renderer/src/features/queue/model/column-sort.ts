import type { Dictionary, QueueColumns } from './columns';
import { statusCode } from './columns';
import type { SortColumn } from './query';
import type { SortLookups } from './sort';

// Workflow order: what needs a person first (indexed by status code).
const statusRankByCode = new Float64Array(6);
statusRankByCode[statusCode.new] = 0;
statusRankByCode[statusCode.reopened] = 1;
statusRankByCode[statusCode.returned] = 2;
statusRankByCode[statusCode.in_progress] = 3;
statusRankByCode[statusCode.on_moderation] = 4;
statusRankByCode[statusCode.resolved] = 5;

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

// A dictionary only grows, so its ranks hold while its size does: collating a few thousand
// addresses costs tens of milliseconds, and it is done once, not at every change of a row.
const collated = new WeakMap<Dictionary, { size: number; ranks: Float64Array }>();

/** Ranks of a dictionary's values by proper collation ("д. 9" before "д. 10"), by code. */
function collatedRanks(dictionary: Dictionary): Float64Array {
  const { values } = dictionary;
  const known = collated.get(dictionary);
  if (known && known.size === values.length) return known.ranks;
  const byName = values
    .map((value, code) => ({ value, code }))
    .sort((a, b) => collator.compare(a.value, b.value));
  const ranks = new Float64Array(values.length);
  byName.forEach(({ code }, rank) => (ranks[code] = rank));
  collated.set(dictionary, { size: values.length, ranks });
  return ranks;
}

/** A number for every row, so that one numeric order sorts every column. */
function sortKeys(columns: QueueColumns, column: SortColumn, lookups: SortLookups): Float64Array {
  const n = columns.length;
  const byCode = (codes: Uint32Array | Uint8Array, table: Float64Array) => {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i += 1) keys[i] = table[codes[i] ?? 0] ?? 0;
    return keys;
  };
  switch (column) {
    case 'deadline':
      return columns.deadline;
    case 'received':
      return columns.received;
    case 'priority':
      return Float64Array.from(columns.priority);
    case 'status':
      return byCode(columns.status, statusRankByCode);
    case 'number':
      return columns.numberKey;
    case 'address':
      return byCode(columns.address, collatedRanks(columns.addresses));
    case 'district':
      return byCode(columns.district, collatedRanks(columns.districts));
    case 'topic':
      return byCode(
        columns.category,
        Float64Array.from(
          columns.categories.values,
          (id) => lookups.categoryRank.get(id) ?? Number.MAX_SAFE_INTEGER,
        ),
      );
    case 'assignee':
      // Nobody sorts after everyone; someone not (yet) in the staff list just before nobody.
      return byCode(
        columns.assignee,
        Float64Array.from([
          Number.MAX_SAFE_INTEGER,
          ...columns.assignees.values.map((id) => lookups.staffRank.get(id) ?? Number.MAX_SAFE_INTEGER - 1),
        ]),
      );
  }
}

/** The first index of `sorted[0..size)` holding a value not below `value`. */
function lowerBound(sorted: Float64Array, size: number, value: number): number {
  let low = 0;
  let high = size;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `order` sorted by `keys[position]`, keeping the order of equal keys: the distinct keys are
 * sorted natively, each row's rank found by bisection, and the rows counted into place. No
 * comparator runs per pair of rows, which is what makes a sort of 100,000 take milliseconds.
 */
export function stableSortByKey(order: Uint32Array, keys: Float64Array): Uint32Array {
  const n = order.length;
  const distinct = new Float64Array(n);
  for (let k = 0; k < n; k += 1) distinct[k] = keys[order[k] ?? 0] ?? 0;
  distinct.sort();
  let size = 0;
  for (let k = 0; k < n; k += 1) {
    const key = distinct[k] ?? 0;
    if (size === 0 || key !== distinct[size - 1]) {
      distinct[size] = key;
      size += 1;
    }
  }
  const ranks = new Uint32Array(n);
  const starts = new Uint32Array(size + 1);
  for (let k = 0; k < n; k += 1) {
    const rank = lowerBound(distinct, size, keys[order[k] ?? 0] ?? 0);
    ranks[k] = rank;
    starts[rank + 1] = (starts[rank + 1] ?? 0) + 1;
  }
  for (let rank = 1; rank <= size; rank += 1) starts[rank] = (starts[rank] ?? 0) + (starts[rank - 1] ?? 0);
  const sorted = new Uint32Array(n);
  for (let k = 0; k < n; k += 1) {
    const rank = ranks[k] ?? 0;
    const at = starts[rank] ?? 0;
    sorted[at] = order[k] ?? 0;
    starts[rank] = at + 1;
  }
  return sorted;
}

/** The rows by deadline, then time of receipt, then position: every column's ties fall in this order. */
export function deadlineOrder(columns: QueueColumns): Uint32Array {
  const identity = new Uint32Array(columns.length);
  for (let i = 0; i < identity.length; i += 1) identity[i] = i;
  return stableSortByKey(stableSortByKey(identity, columns.received), columns.deadline);
}

/**
 * The row positions in ascending order of `column`; ties by deadline, then time of receipt,
 * then position, so the order is total. Descending is this order read backwards. `byDeadline`:
 * `deadlineOrder(columns)`, if already worked out.
 */
export function sortedPositions(
  columns: QueueColumns,
  column: SortColumn,
  lookups: SortLookups,
  byDeadline: Uint32Array = deadlineOrder(columns),
): Uint32Array {
  return column === 'deadline' ? byDeadline : stableSortByKey(byDeadline, sortKeys(columns, column, lookups));
}

/**
 * Sorted orders of one set of columns, kept until the rows change: after the first sort by a
 * column, changing filters, the search or the direction costs no sorting at all.
 */
export class SortedOrders {
  private columns: QueueColumns | null = null;
  private readonly orders = new Map<string, Uint32Array>();
  private byDeadline: Uint32Array | null = null;

  /** Whether the order is ready: a sort by it would cost nothing. */
  has(columns: QueueColumns, column: SortColumn, lookups: SortLookups): boolean {
    return columns === this.columns && this.orders.has(this.keyOf(column, lookups));
  }

  ascending(columns: QueueColumns, column: SortColumn, lookups: SortLookups): Uint32Array {
    if (columns !== this.columns) {
      this.columns = columns;
      this.orders.clear();
      this.byDeadline = null;
    }
    const key = this.keyOf(column, lookups);
    let order = this.orders.get(key);
    if (!order) {
      this.byDeadline ??= deadlineOrder(columns);
      order = sortedPositions(columns, column, lookups, this.byDeadline);
      this.orders.set(key, order);
    }
    return order;
  }

  private keyOf(column: SortColumn, lookups: SortLookups): string {
    return `${column}|${column === 'topic' || column === 'assignee' ? lookups.key : ''}`;
  }
}
