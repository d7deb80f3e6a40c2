import { cmp } from 'dexie';
import type { ReplicaChange } from '../../../db/replica-changes';
import type { QueueColumns } from '../model/columns';
import { deadlineOrder } from '../model/column-sort';
import type { ColumnStore } from '../model/column-store';
import type { KeyRange } from './mutated-keys';
import type { QueueRow } from '../model/queue-row';

// What the queue index shows and takes, and the small pieces of Dexie it leans on.

export interface QueueSnapshot {
  /** Every issue's row; none until the first read is done. */
  readonly rows: readonly QueueRow[];
  readonly columns: QueueColumns;
  /** False until every issue of the replica has been read once. */
  readonly loaded: boolean;
  /** While the first read runs: issues read so far, of how many. */
  readonly progress: { readonly read: number; readonly total: number } | null;
  readonly version: number;
}

/**
 * Issues read again by id in one IndexedDB read: a first pull's history names thousands at a
 * time, and each read's records are cloned and made into rows in the task that receives them.
 */
export const IDS_PER_READ = 250;

/** The longest the first read waits for a first screen to be read. */
export const FIRST_SCREEN_WAIT_MS = 3000;

export interface QueueIndexOptions {
  /** Issues read in one go; the UI gets the thread back between reads. */
  chunkSize?: number;
  yieldToUi?: () => Promise<void>;
  /** How often listeners hear of progress while the first read is under way. */
  loadingNotifyMs?: number;
  /** The replica's writes, whoever made them (`watchReplica`) by default; tests may feed their own. */
  subscribeToMutations?: (listener: (change: ReplicaChange) => void) => () => void;
  /** Reads the whole replica in a worker (the app); without it, here between yields. */
  startWorker?: () => Worker;
}

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export const inRange = (id: string, range: KeyRange): boolean =>
  cmp(id, range.from) >= 0 && cmp(id, range.to) <= 0;

/** Resolves when `read` has settled either way, or after `ms`, whichever comes first. */
export const settledOrTimedOut = (read: Promise<unknown>, ms: number): Promise<void> =>
  Promise.race([
    read.then(
      () => {},
      () => {},
    ),
    new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ]);

/** Listeners told at once, or at most every `intervalMs` while `notify(false)` is asked for. */
export class ThrottledListeners {
  private readonly listeners = new Set<() => void>();
  private lastNotifyAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly intervalMs: number) {}

  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(now: boolean): void {
    const wait = this.lastNotifyAt + this.intervalMs - Date.now();
    if (now || wait <= 0) {
      this.cancel();
      this.lastNotifyAt = Date.now();
      for (const listener of [...this.listeners]) listener();
      return;
    }
    this.timer ??= setTimeout(() => this.notify(true), wait);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Makes the columns and their deadline order (what the screen's first query sorts by) each in
 * a task of its own before a snapshot is published: with 100,000 rows, doing it all in the
 * render that shows them would hold the UI thread for one long task. `changes` says which
 * state of the store they are of.
 */
export async function prepareColumns(
  store: ColumnStore,
  yieldToUi: () => Promise<void>,
): Promise<{ columns: QueueColumns; changes: number }> {
  const changes = store.changes;
  const columns = store.columns();
  await yieldToUi();
  deadlineOrder(columns);
  await yieldToUi();
  return { columns, changes };
}

/** Changes this many issues at once are a sync's pages (a first pull's history), not a person's edit. */
const BULK_CHANGE = 200;

/**
 * Paces the screens through a burst of sync pages: every publish makes the queue sort, filter
 * and count all its rows again on the UI thread, so a burst is read and published at most once
 * every `intervalMs`, the pages in between gathered into it. A person's own change never waits.
 */
export class PublishPace {
  private lastAt = -Infinity;

  constructor(private readonly intervalMs = 2_000) {}

  async wait(changed: number): Promise<void> {
    const rest = this.lastAt + this.intervalMs - Date.now();
    if (changed >= BULK_CHANGE && rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }

  published(): void {
    this.lastAt = Date.now();
  }
}
