import type { DeskDb } from '../../db/database';
import { KeepAlive } from '../keep-alive';
import { createClusterClient, type ClusterClient } from './client';
import { whenStartWorkMayRun } from '../start-gate';

// One clusters' worker per database, shared by the queue's «Похожие», the issue panel and the
// repeat marks, kept while any of them is on screen and for a minute after the last one leaves
// (a quick switch of screens finds it warm). Stopped, it is forgotten: the next start reads
// the replica again.

const clients = new KeepAlive<DeskDb, ClusterClient>({
  create: (db) => createClusterClient(db.name),
  start: (client) => client.start(),
  stop: (client) => client.stop(),
  graceMs: 60_000,
});

/** The database's cluster client, created (not started) on first use. */
export const clusterClientOf = (db: DeskDb): ClusterClient => clients.peek(db);

/**
 * Starts the client if needed (at a start, once the first screen is shown: its worker reads the
 * whole replica); returns the release to call when done with it.
 */
export const acquireClusterClient = (db: DeskDb): (() => void) => {
  let release: (() => void) | null = null;
  let released = false;
  void whenStartWorkMayRun().then(() => {
    if (!released) release = clients.acquire(db).release;
  });
  return () => {
    released = true;
    release?.();
  };
};
