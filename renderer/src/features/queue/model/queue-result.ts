import type { QueueColumns } from './columns';
import type { QueueRow } from './queue-row';

/** The rows the queue shows, in order, as positions into the columns: no array of 100,000 objects per change. */
export class QueueResult {
  constructor(
    readonly columns: QueueColumns,
    readonly positions: Uint32Array,
  ) {}

  get length(): number {
    return this.positions.length;
  }

  at(index: number): QueueRow | undefined {
    const position = this.positions[index];
    return position === undefined ? undefined : this.columns.rows[position];
  }

  /** Where the issue is among the rows shown; -1 when it is not shown. */
  indexOf(id: string): number {
    const position = this.columns.positions.get(id);
    return position === undefined ? -1 : this.positions.indexOf(position);
  }

  /** The ids of the rows shown from `from` to `to` (exclusive). */
  ids(from = 0, to = this.length): string[] {
    const ids: string[] = [];
    for (let index = Math.max(0, from); index < Math.min(to, this.length); index += 1) {
      const row = this.at(index);
      if (row) ids.push(row.id);
    }
    return ids;
  }
}
