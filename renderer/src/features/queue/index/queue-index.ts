import Dexie, { cmp } from 'dexie';
import type { DeskDb } from '../../../db/database';
import { watchReplica, type ReplicaChange } from '../../../db/replica-changes';
import { buildColumns, type QueueColumns } from '../model/columns';
import { ColumnStore } from '../model/column-store';
import { sameQueueRow, toQueueRow, type QueueRow } from '../model/queue-row';
import type { KeyRange } from './mutated-keys';
import { whenStartWorkMayRun } from '../../../lib/start-gate';
import { readRows, type ReadAll, type ReadAllSink } from './read-all';
import type { RowChunk } from './read-protocol';
import {
  FIRST_SCREEN_WAIT_MS,
  prepareColumns,
  PublishPace,
  inRange,
  settledOrTimedOut,
  ThrottledListeners,
  yieldToEventLoop,
  type QueueIndexOptions,
  type QueueSnapshot,
} from './queue-index-parts';
export type { QueueIndexOptions, QueueSnapshot } from './queue-index-parts';
const noColumns = buildColumns([]);

/**
 * The queue's rows for every issue of the replica, in memory, as columns kept row by row. Read
 * once in chunks (in a worker when the app gives one; listeners hear how far it has got, then
 * the rows), then kept fresh from every write to the issues table, from any window or worker
 * (`watchReplica`): only the issues named are read again, changes meanwhile gathered (PublishPace).
 */
export class QueueIndex {
  private readonly store = new ColumnStore();
  private snapshot: QueueSnapshot = {
    rows: [],
    columns: noColumns,
    loaded: false,
    progress: null,
    version: 0,
  };
  private progress = { read: 0, total: 0 };
  private reading: ReadAll | null = null;
  private prepared: { columns: QueueColumns; changes: number } | null = null;
  /** What the first read waits for: a first screen being read through an index. */
  private firstReadGate: Promise<void> | null = null;
  private dirtySnapshot = false;
  private version = 0;
  private loaded = false;
  private stopped = true;
  private unsubscribe: (() => void) | null = null;
  private fullRead = true;
  private ids = new Set<string>();
  private ranges: KeyRange[] = [];
  private working: Promise<void> | null = null;
  private loadedWaiters: (() => void)[] = [];
  private readonly chunkSize: number;
  private readonly yieldToUi: () => Promise<void>;
  private readonly listeners: ThrottledListeners;
  private readonly pace = new PublishPace();

  constructor(
    private readonly db: DeskDb,
    private readonly options: QueueIndexOptions = {},
  ) {
    this.chunkSize = options.chunkSize ?? 2000;
    this.yieldToUi = options.yieldToUi ?? yieldToEventLoop;
    this.listeners = new ThrottledListeners(options.loadingNotifyMs ?? 1000);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const subscribe =
      this.options.subscribeToMutations ??
      ((listener: (change: ReplicaChange) => void) => watchReplica(this.db.name, listener));
    this.unsubscribe = subscribe((change) => this.onMutation(change));
    // Whatever happened while stopped is unknown: read everything again.
    this.fullRead = true;
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    this.reading?.cancel();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.listeners.cancel();
  }

  subscribe = (listener: () => void): (() => void) => {
    return this.listeners.add(listener);
  };

  getSnapshot = (): QueueSnapshot => {
    if (this.dirtySnapshot) {
      this.dirtySnapshot = false;
      // Until every issue is in, the rows so far would be a wrong answer to any question.
      const prepared = this.prepared?.changes === this.store.changes ? this.prepared.columns : null;
      const columns = this.loaded ? (prepared ?? this.store.columns()) : noColumns;
      this.prepared = null;
      const progress = this.loaded ? null : { ...this.progress };
      this.snapshot = { rows: columns.rows, columns, loaded: this.loaded, progress, version: this.version };
    }
    return this.snapshot;
  };

  /**
   * Holds the first read of the whole replica back until `read` (a first screen read through an
   * index) is done or `FIRST_SCREEN_WAIT_MS` has passed: the screen's few issues come first.
   */
  waitBeforeFirstRead(read: Promise<unknown>): void {
    if (this.loaded) return;
    this.firstReadGate = settledOrTimedOut(read, FIRST_SCREEN_WAIT_MS);
  }

  /** Resolves once every issue has been read (at once if that is done). */
  whenLoaded(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    return new Promise((resolve) => this.loadedWaiters.push(resolve));
  }

  /** Resolves when no work is queued or under way: for tests and the benchmark. */
  async settled(): Promise<void> {
    while (this.working) await this.working;
  }

  private onMutation(change: ReplicaChange): void {
    const touched = change.touched('issues');
    if (!touched) return;
    for (const id of touched.ids) this.ids.add(id);
    this.ranges.push(...touched.ranges);
    this.kick();
  }

  private kick(): void {
    if (this.working || this.stopped) return;
    this.working = this.drain()
      .catch((error: unknown) => {
        // A closed database (signed out, another version opened) ends the index quietly.
        if (error instanceof Dexie.DatabaseClosedError) this.stop();
        else console.error('The queue index could not read the replica', error);
      })
      .finally(() => {
        this.working = null;
        if (!this.stopped && (this.fullRead || this.ids.size > 0 || this.ranges.length > 0)) this.kick();
      });
  }

  private async drain(): Promise<void> {
    if (!this.loaded) {
      // The queue asks for its first screen in the same commit; another screen comes first itself.
      await Promise.resolve();
      await (this.firstReadGate ?? whenStartWorkMayRun());
    }
    while (!this.stopped) {
      if (this.fullRead) {
        this.fullRead = false;
        this.ids.clear();
        this.ranges = [];
        await this.readAll();
        continue;
      }
      if (this.ranges.length > 0) {
        const ranges = this.ranges;
        this.ranges = [];
        for (const range of ranges) await this.readRange(range);
        continue;
      }
      if (this.ids.size > 0) {
        await this.pace.wait(this.ids.size);
        const ids = [...this.ids];
        this.ids.clear();
        await this.readIds(ids);
        continue;
      }
      return;
    }
  }

  /** Every issue, by primary key in chunks; rows not seen any more are gone. */
  private async readAll(): Promise<void> {
    const firstRead = !this.loaded;
    const started = performance.now();
    // The first read into an empty store has nothing to remove.
    const seen = this.store.size === 0 ? null : new Set<string>();
    let changed = firstRead;
    this.progress = { read: 0, total: 0 };
    const sink = {
      total: (total: number) => {
        this.progress = { read: this.progress.read, total };
      },
      chunk: (chunk: RowChunk) => {
        changed = this.putChunk(chunk, seen) || changed;
        this.progress = { read: this.progress.read + chunk.rows.length, total: this.progress.total };
        if (firstRead) this.changed();
      },
    };
    await this.read(sink, null, () => {
      this.progress = { read: 0, total: this.progress.total };
    });
    if (this.stopped) return;
    if (seen)
      for (const id of this.store.ids()) if (!seen.has(id)) changed = this.store.remove(id) || changed;
    if (changed) this.prepared = await prepareColumns(this.store, this.yieldToUi);
    if (this.stopped) return;
    if (firstRead) {
      this.loaded = true;
      for (const resolve of this.loadedWaiters.splice(0)) resolve();
    }
    if (changed) this.changed(true);
    // For a profile of a start (and bench:start): how long the whole replica took to be in memory.
    performance.measure(firstRead ? 'queue index: first read' : 'queue index: read again', {
      start: started,
    });
  }

  /** Every issue (`ids` null) or those named (see `readRows`). */
  private read(sink: ReadAllSink, ids: readonly string[] | null, restart?: () => void): Promise<void> {
    const { startWorker } = this.options;
    const source = {
      db: this.db,
      chunkSize: this.chunkSize,
      yieldToUi: this.yieldToUi,
      words: this.store.words,
    };
    return this.follow(readRows({ ...source, ...(startWorker ? { startWorker } : {}) }, ids, sink, restart));
  }

  private async follow(reading: ReadAll): Promise<void> {
    this.reading = reading;
    try {
      await reading.done;
    } finally {
      this.reading = null;
    }
  }

  private putChunk(chunk: RowChunk, seen: Set<string> | null): boolean {
    const words = chunk.words;
    const numbered = words !== null && this.store.words.adopt(words.firstAdded, words.added);
    let changed = false;
    chunk.rows.forEach((row, k) => {
      seen?.add(row.id);
      const ids = numbered ? words.ids.subarray(words.offsets[k], words.offsets[k + 1]) : undefined;
      changed = this.putRow(row, ids) || changed;
    });
    return changed;
  }

  private async readRange(range: KeyRange): Promise<void> {
    // Dexie's "whole table" range: the same as reading everything, in chunks.
    if (cmp(range.from, -Infinity) === 0) {
      await this.readAll();
      return;
    }
    const issues = await this.db.issues.where(':id').between(range.from, range.to, true, true).toArray();
    const found = new Set(issues.map((issue) => issue.id));
    let changed = false;
    for (const issue of issues) changed = this.putRow(toQueueRow(issue)) || changed;
    for (const id of this.store.ids()) {
      if (!found.has(id) && inRange(id, range)) changed = this.store.remove(id) || changed;
    }
    if (changed) await this.publish();
  }

  /** The issues named, read again (off this thread when they are many): those not there are gone. */
  private async readIds(ids: readonly string[]): Promise<void> {
    let changed = false;
    const found = new Set<string>();
    const take = ({ rows }: RowChunk) => {
      for (const row of rows) {
        found.add(row.id);
        changed = this.putRow(row) || changed;
      }
    };
    await this.read({ total: () => {}, chunk: take }, ids);
    if (this.stopped) return;
    for (const id of ids) if (!found.has(id)) changed = this.store.remove(id) || changed;
    if (changed) await this.publish();
  }

  private putRow(row: QueueRow, words?: Int32Array): boolean {
    const previous = this.store.get(row.id);
    if (previous && sameQueueRow(previous, row)) return false;
    this.store.put(row, words);
    return true;
  }

  private async publish(): Promise<void> {
    this.prepared = await prepareColumns(this.store, this.yieldToUi);
    this.pace.published();
    if (!this.stopped) this.changed(true);
  }

  /** A new version (publish: its columns made ahead first); while the first read runs, listeners hear of it at most every `loadingNotifyMs`. */
  private changed(now = false): void {
    this.version += 1;
    this.dirtySnapshot = true;
    this.listeners.notify(now || this.loaded);
  }
}
