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
        // A topic not in the tree (yet) sorts after every known one.
        Float64Array.from(
          columns.categories.values,
          (id) => lookups.categoryRank.get(id) ?? lookups.categoryRank.size,
        ),
      );
    case 'assignee':
      // Nobody sorts after everyone; someone not (yet) in the staff list just before nobody.
      return byCode(
        columns.assignee,
        Float64Array.from([
          lookups.staffRank.size + 1,
          ...columns.assignees.values.map((id) => lookups.staffRank.get(id) ?? lookups.staffRank.size),
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

const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;
/** Whole numbers this far apart still subtract exactly, and their digits read exactly. */
const RADIX_RANGE = 2 ** 52;

/**
 * `order` sorted by `keys[position]` by least-significant-digit radix when the keys are whole
 * numbers within 2^52 of each other (times in milliseconds, ranks, portal numbers): a few
 * counting passes of 16 bits over the rows, each stable, so the order of equal keys is kept.
 * Null for keys that are not.
 */
function radixSortByKey(order: Uint32Array, keys: Float64Array): Uint32Array | null {
  const n = order.length;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k += 1) {
    const key = keys[order[k] ?? 0] ?? 0;
    if (!Number.isInteger(key)) return null;
    if (key < min) min = key;
    if (key > max) max = key;
  }
  if (n === 0) return order.slice();
  const range = max - min;
  if (range >= RADIX_RANGE) return null;
  // Each key as its distance from the least, in two 32-bit halves, carried along with the rows.
  let from = order.slice();
  let fromLow = new Uint32Array(n);
  let fromHigh = new Uint32Array(n);
  for (let k = 0; k < n; k += 1) {
    const offset = (keys[order[k] ?? 0] ?? 0) - min;
    fromLow[k] = offset % 2 ** 32;
    fromHigh[k] = Math.floor(offset / 2 ** 32);
  }
  let to = new Uint32Array(n);
  let toLow = new Uint32Array(n);
  let toHigh = new Uint32Array(n);
  const counts = new Uint32Array(DIGITS);
  const digitOf = (low: number, high: number, bit: number): number =>
    (bit >= 32
      ? high >>> (bit - 32)
      : bit + DIGIT_BITS <= 32
        ? low >>> bit
        : (low >>> bit) | (high << (32 - bit))) &
    (DIGITS - 1);
  for (let bit = 0; bit === 0 || 2 ** bit <= range; bit += DIGIT_BITS) {
    counts.fill(0);
    for (let k = 0; k < n; k += 1) {
      const digit = digitOf(fromLow[k] ?? 0, fromHigh[k] ?? 0, bit);
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    let at = 0;
    for (let digit = 0; digit < DIGITS; digit += 1) {
      const count = counts[digit] ?? 0;
      counts[digit] = at;
      at += count;
    }
    for (let k = 0; k < n; k += 1) {
      const low = fromLow[k] ?? 0;
      const high = fromHigh[k] ?? 0;
      const digit = digitOf(low, high, bit);
      const place = counts[digit] ?? 0;
      to[place] = from[k] ?? 0;
      toLow[place] = low;
      toHigh[place] = high;
      counts[digit] = place + 1;
    }
    [from, to, fromLow, toLow, fromHigh, toHigh] = [to, from, toLow, fromLow, toHigh, fromHigh];
  }
  return from;
}

/**
 * `order` sorted by `keys[position]`, keeping the order of equal keys. No comparator runs per
 * pair of rows, which is what makes a sort of 100,000 take milliseconds: whole-number keys go
 * by radix; others have their distinct keys sorted natively, each row's rank found by
 * bisection, and the rows counted into place.
 */
export function stableSortByKey(order: Uint32Array, keys: Float64Array): Uint32Array {
  const byRadix = radixSortByKey(order, keys);
  if (byRadix) return byRadix;
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

// Worked out once per set of columns, by whoever asks first (the index works it out ahead of
// publishing new columns, so that the screen's first query over them does not).
const byDeadline = new WeakMap<QueueColumns, Uint32Array>();

/** The rows by deadline, then time of receipt, then position: every column's ties fall in this order. */
export function deadlineOrder(columns: QueueColumns): Uint32Array {
  let order = byDeadline.get(columns);
  if (!order) {
    const identity = new Uint32Array(columns.length);
    for (let i = 0; i < identity.length; i += 1) identity[i] = i;
    order = stableSortByKey(stableSortByKey(identity, columns.received), columns.deadline);
    byDeadline.set(columns, order);
  }
  return order;
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
