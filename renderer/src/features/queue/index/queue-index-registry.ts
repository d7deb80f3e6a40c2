import type { DeskDb } from '../../../db/database';
import { QueueIndex } from './queue-index';

// One index per database, shared by the queue, the issue panel's neighbours and the
// notifications, and kept while any of them is on screen. A short grace period after the
// last one leaves keeps it across a quick switch of screens (and React's strict double mount).

const GRACE_MS = 60_000;

interface Entry {
  index: QueueIndex;
  users: number;
  stopTimer: ReturnType<typeof setTimeout> | null;
}

const entries = new WeakMap<DeskDb, Entry>();

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
const startReadWorker = (): Worker =>
  new Worker(new URL('./queue-index.worker.ts', import.meta.url), { type: 'module', name: 'queue-index' });

function entryFor(db: DeskDb): Entry {
  let entry = entries.get(db);
  if (!entry) {
    entry = { index: new QueueIndex(db, { startWorker: startReadWorker }), users: 0, stopTimer: null };
    entries.set(db, entry);
  }
  return entry;
}

/** The database's index, created (not started) on first use. */
export const queueIndexOf = (db: DeskDb): QueueIndex => entryFor(db).index;

/** Starts the index if needed; returns the release to call when done with it. */
export function acquireQueueIndex(db: DeskDb): () => void {
  const entry = entryFor(db);
  entry.users += 1;
  if (entry.stopTimer) clearTimeout(entry.stopTimer);
  entry.stopTimer = null;
  entry.index.start();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    entry.users -= 1;
    if (entry.users > 0) return;
    entry.stopTimer = setTimeout(() => {
      entry.stopTimer = null;
      if (entry.users === 0) entry.index.stop();
    }, GRACE_MS);
  };
}
