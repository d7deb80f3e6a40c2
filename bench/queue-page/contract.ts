import type { CategoryRecord, IssueRecord, StaffRecord } from '../../renderer/src/db/records';

// What bench/queue.bench.ts (Node) and the bench page (Chromium) say to each other.

export interface QueueBenchData {
  issues: IssueRecord[];
  categories: CategoryRecord[];
  staff: StaffRecord[];
}

export interface QueueBenchOptions {
  dataUrl: string;
  /** Query strings of `#/queue?…`, applied one after another. */
  changes: string[];
  warmups: number;
}

export interface QueueBenchChange {
  query: string;
  rows: number;
  /** From the change of the address to the animation frame after React committed the rows. */
  queueMs: number;
  /** The plain indexed Dexie query of the same rows, sorted alike. */
  plainMs: number;
  plainRows: number;
}

export interface QueueBenchResult {
  issues: number;
  seedMs: number;
  indexLoadMs: number;
  changes: QueueBenchChange[];
}

export interface QueueBenchWindow {
  runQueueBench(options: QueueBenchOptions): Promise<QueueBenchResult>;
}
