import type { QueueRow } from './queue-row';
import type { QueueColumns } from './columns';
import { DictionaryBuilder, DEAD_STATUS, numberSortKey, priorityCode, statusCode } from './column-codes';
import { WordIndex, WordSink } from './word-index';

const growTo = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(
  array: T,
  size: number,
): T => {
  if (array.length >= size) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
};

/**
 * The queue's columns, kept row by row as issues arrive, change and go: a changed issue costs
 * its own row, not a rebuild of 100,000. `columns()` hands out a copy that later changes do not
 * touch (typed arrays copy in a millisecond). Every row keeps its position until it is removed;
 * positions close up over removed rows when columns are next handed out, keeping their order.
 */
export class ColumnStore {
  private rows: (QueueRow | undefined)[] = [];
  private length = 0;
  private removed = 0;
  private status = new Uint8Array(0);
  private priority = new Uint8Array(0);
  private category = new Uint32Array(0);
  private district = new Uint32Array(0);
  private address = new Uint32Array(0);
  private assignee = new Uint32Array(0);
  private deadline = new Float64Array(0);
  private received = new Float64Array(0);
  private numberKey = new Float64Array(0);
  private wordStart = new Int32Array(0);
  private wordEnd = new Int32Array(0);
  private sink = new WordSink();
  private positions = new Map<string, number>();
  /** Word numbers that live rows refer to (the rest of the sink is left over from changed rows). */
  private liveWords = 0;
  readonly words = new WordIndex();
  private readonly categories = new DictionaryBuilder();
  private readonly districts = new DictionaryBuilder();
  private readonly addresses = new DictionaryBuilder();
  private readonly assignees = new DictionaryBuilder();

  /** Goes up with every put and removal: columns handed out at one count are those of the store at that count. */
  changes = 0;

  get size(): number {
    return this.length - this.removed;
  }

  get(id: string): QueueRow | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.rows[position];
  }

  ids(): string[] {
    return [...this.positions.keys()];
  }

  /** Adds the row, or puts it in the place of the earlier row. `words`: its word numbers in `this.words`, if worked out already. */
  put(row: QueueRow, words?: Int32Array): void {
    this.changes += 1;
    let position = this.positions.get(row.id);
    if (position !== undefined) this.liveWords -= this.wordCount(position);
    else {
      position = this.length;
      this.reserve(position + 1);
      this.length += 1;
      this.positions.set(row.id, position);
    }
    this.rows[position] = row;
    this.status[position] = statusCode[row.status];
    this.priority[position] = priorityCode[row.priority];
    this.category[position] = this.categories.code(row.categoryId);
    this.district[position] = this.districts.code(row.district);
    this.address[position] = this.addresses.code(row.address);
    this.assignee[position] = row.assigneeId === null ? 0 : 1 + this.assignees.code(row.assigneeId);
    this.deadline[position] = row.deadlineMs;
    this.received[position] = row.receivedMs;
    this.numberKey[position] = numberSortKey(row.number);
    this.wordStart[position] = this.sink.used;
    if (words) this.sink.pushAll(words);
    else this.words.tokenise(row.search, this.sink);
    this.wordEnd[position] = this.sink.used;
    this.liveWords += this.wordCount(position);
  }

  remove(id: string): boolean {
    const position = this.positions.get(id);
    if (position === undefined) return false;
    this.changes += 1;
    this.positions.delete(id);
    this.liveWords -= this.wordCount(position);
    this.rows[position] = undefined;
    this.status[position] = DEAD_STATUS;
    this.removed += 1;
    return true;
  }

  /** The columns as they are now; later changes to the store do not reach them. */
  columns(): QueueColumns {
    if (this.removed > 0) this.closeUp();
    const n = this.length;
    // Rows changed many times leave unused word numbers behind; start afresh when they outweigh the rest.
    if (this.sink.used > 2 * this.liveWords + 65_536) this.repackWords();
    return {
      length: n,
      rows: this.rows.slice(0, n) as QueueRow[],
      status: this.status.slice(0, n),
      priority: this.priority.slice(0, n),
      category: this.category.slice(0, n),
      district: this.district.slice(0, n),
      address: this.address.slice(0, n),
      assignee: this.assignee.slice(0, n),
      deadline: this.deadline.slice(0, n),
      received: this.received.slice(0, n),
      numberKey: this.numberKey.slice(0, n),
      words: {
        index: this.words,
        ids: this.sink.ids,
        start: this.wordStart.slice(0, n),
        end: this.wordEnd.slice(0, n),
      },
      categories: this.categories,
      districts: this.districts,
      addresses: this.addresses,
      assignees: this.assignees,
      positions: this.positions,
    };
  }

  private wordCount(position: number): number {
    return (this.wordEnd[position] ?? 0) - (this.wordStart[position] ?? 0);
  }

  private reserve(size: number): void {
    this.status = growTo(this.status, size);
    this.priority = growTo(this.priority, size);
    this.category = growTo(this.category, size);
    this.district = growTo(this.district, size);
    this.address = growTo(this.address, size);
    this.assignee = growTo(this.assignee, size);
    this.deadline = growTo(this.deadline, size);
    this.received = growTo(this.received, size);
    this.numberKey = growTo(this.numberKey, size);
    this.wordStart = growTo(this.wordStart, size);
    this.wordEnd = growTo(this.wordEnd, size);
  }

  /** Moves every row down over the removed ones, in order; the positions map is a new one (columns handed out keep theirs). */
  private closeUp(): void {
    const positions = new Map<string, number>();
    let to = 0;
    for (let from = 0; from < this.length; from += 1) {
      const row = this.rows[from];
      if (row === undefined) continue;
      if (to !== from) {
        this.rows[to] = row;
        this.status[to] = this.status[from] ?? 0;
        this.priority[to] = this.priority[from] ?? 0;
        this.category[to] = this.category[from] ?? 0;
        this.district[to] = this.district[from] ?? 0;
        this.address[to] = this.address[from] ?? 0;
        this.assignee[to] = this.assignee[from] ?? 0;
        this.deadline[to] = this.deadline[from] ?? 0;
        this.received[to] = this.received[from] ?? 0;
        this.numberKey[to] = this.numberKey[from] ?? 0;
        this.wordStart[to] = this.wordStart[from] ?? 0;
        this.wordEnd[to] = this.wordEnd[from] ?? 0;
      }
      positions.set(row.id, to);
      to += 1;
    }
    this.rows.length = to;
    this.length = to;
    this.removed = 0;
    this.positions = positions;
  }

  private repackWords(): void {
    const old = this.sink.ids;
    const sink = new WordSink();
    for (let i = 0; i < this.length; i += 1) {
      const from = this.wordStart[i] ?? 0;
      const to = this.wordEnd[i] ?? 0;
      this.wordStart[i] = sink.used;
      for (let k = from; k < to; k += 1) sink.push(old[k] ?? 0);
      this.wordEnd[i] = sink.used;
    }
    this.sink = sink;
  }
}
