import type { IssueStatus, Priority } from '@shared/domain';
import type { QueueRow } from './queue-row';

/**
 * The queue's rows as columns of small integer codes and numbers, built once per snapshot of
 * the index: filtering 100,000 rows is then a loop of typed-array lookups, and sorting one
 * compares numbers only. `rows[i]` and every column's `[i]` describe the same issue.
 */
export interface QueueColumns {
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
  readonly categories: Dictionary;
  readonly districts: Dictionary;
  readonly addresses: Dictionary;
  readonly assignees: Dictionary;
  /** Row position by issue id. */
  readonly positions: ReadonlyMap<string, number>;
}

/** Distinct values and their codes (a value's code is its position in `values`). */
export interface Dictionary {
  readonly values: readonly string[];
  readonly codes: ReadonlyMap<string, number>;
}

export const statusCode: Record<IssueStatus, number> = {
  new: 0,
  in_progress: 1,
  on_moderation: 2,
  resolved: 3,
  returned: 4,
  reopened: 5,
};
export const STATUS_CODES = 6;
/** In rising urgency, so that the code is also the priority's rank. */
export const priorityCode: Record<Priority, number> = { normal: 0, high: 1, urgent: 2 };
export const PRIORITY_CODES = 3;

class DictionaryBuilder implements Dictionary {
  readonly values: string[] = [];
  readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

export function buildColumns(rows: readonly QueueRow[]): QueueColumns {
  const n = rows.length;
  const columns = {
    rows,
    status: new Uint8Array(n),
    priority: new Uint8Array(n),
    category: new Uint32Array(n),
    district: new Uint32Array(n),
    address: new Uint32Array(n),
    assignee: new Uint32Array(n),
    deadline: new Float64Array(n),
    received: new Float64Array(n),
    categories: new DictionaryBuilder(),
    districts: new DictionaryBuilder(),
    addresses: new DictionaryBuilder(),
    assignees: new DictionaryBuilder(),
    positions: new Map<string, number>(),
  };
  rows.forEach((row, i) => {
    columns.status[i] = statusCode[row.status];
    columns.priority[i] = priorityCode[row.priority];
    columns.category[i] = columns.categories.code(row.categoryId);
    columns.district[i] = columns.districts.code(row.district);
    columns.address[i] = columns.addresses.code(row.address);
    columns.assignee[i] = row.assigneeId === null ? 0 : 1 + columns.assignees.code(row.assigneeId);
    columns.deadline[i] = row.deadlineMs;
    columns.received[i] = row.receivedMs;
    columns.positions.set(row.id, i);
  });
  return columns;
}
