import type { QueueRow } from './queue-row';
import { ColumnStore } from './column-store';
import type { WordIndex } from './word-index';

/**
 * The queue's rows as columns of small integer codes and numbers: filtering 100,000 rows is a
 * loop of typed-array lookups, and sorting one compares numbers only. `rows[i]` and every
 * column's `[i]` describe the same issue. Kept up to date row by row by a `ColumnStore`.
 */
export interface QueueColumns {
  readonly length: number;
  readonly rows: readonly QueueRow[];
  readonly status: Uint8Array;
  readonly priority: Uint8Array;
  readonly category: Uint32Array;
  readonly district: Uint32Array;
  readonly address: Uint32Array;
  /** 0 for nobody; otherwise 1 + the position in `assignees`. */
  readonly assignee: Uint32Array;
  readonly deadline: Float64Array;
  readonly received: Float64Array;
  /** The digits of the portal number, as the number column sorts. */
  readonly numberKey: Float64Array;
  /** The words of each row's search text, as numbers of `words.index`: row `i` has `ids[start[i]]` to `ids[end[i] - 1]`. */
  readonly words: RowWords;
  readonly categories: Dictionary;
  readonly districts: Dictionary;
  readonly addresses: Dictionary;
  readonly assignees: Dictionary;
  /**
   * Row position by issue id. Shared with later columns of the same store, so it may also know
   * issues added since: a position at or past `length` is not a row of these columns.
   */
  readonly positions: ReadonlyMap<string, number>;
}

export interface RowWords {
  readonly index: WordIndex;
  readonly ids: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** Distinct values and their codes (a value's code is its position in `values`). Values are only ever added. */
export interface Dictionary {
  readonly values: readonly string[];
  readonly codes: ReadonlyMap<string, number>;
}

export {
  DEAD_STATUS,
  DictionaryBuilder,
  numberSortKey,
  PRIORITY_CODES,
  priorityCode,
  STATUS_CODES,
  statusCode,
} from './column-codes';

/** Columns of a fixed set of rows, in their order. */
export function buildColumns(rows: readonly QueueRow[]): QueueColumns {
  const store = new ColumnStore();
  for (const row of rows) store.put(row);
  return store.columns();
}

/** The dictionary's values that some row of `codes` holds (a dictionary keeps values no row has any more). */
export function presentValues(codes: Uint32Array, dictionary: Dictionary): string[] {
  const present = new Uint8Array(dictionary.values.length);
  for (const code of codes) present[code] = 1;
  return dictionary.values.filter((_, code) => present[code] === 1);
}
