import type { DeskDb } from '../../../db/database';
import { KeepAlive } from '../../../lib/keep-alive';
import { QueueIndex } from './queue-index';

// One index per database, shared by the queue, the issue panel's neighbours and the
// notifications, and kept while any of them is on screen. A short grace period after the
// last one leaves keeps it across a quick switch of screens (and React's strict double mount);
// stopped, it keeps its rows for the next start, which reads everything again.

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
const startReadWorker = (): Worker =>
  new Worker(new URL('./queue-index.worker.ts', import.meta.url), { type: 'module', name: 'queue-index' });

const indexes = new KeepAlive<DeskDb, QueueIndex>({
  create: (db) => new QueueIndex(db, { startWorker: startReadWorker }),
  start: (index) => index.start(),
  stop: (index) => index.stop(),
  graceMs: 60_000,
  keepStopped: true,
});

/** The database's index, created (not started) on first use. */
export const queueIndexOf = (db: DeskDb): QueueIndex => indexes.peek(db);

/** Starts the index if needed; returns the release to call when done with it. */
export const acquireQueueIndex = (db: DeskDb): (() => void) => indexes.acquire(db).release;
