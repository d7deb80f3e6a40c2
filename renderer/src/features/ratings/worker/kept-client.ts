import type { DeskDb } from '../../../db/database';
import { KeepAlive, type Kept } from '../../../lib/keep-alive';
import { createInlineRatingsClient, createWorkerRatingsClient, type RatingsClient } from './client';

// The ratings screen's client outlives the screen for a while: a manager drills into the
// queue and comes back, and a worker that has just read a year of issues should not read
// them again. After a couple of minutes away it is stopped, and with it the rows it held.

const KEEP_AFTER_CLOSE_MS = 2 * 60_000;

const keptClients = (create: (db: DeskDb) => RatingsClient) =>
  new KeepAlive<DeskDb, RatingsClient>({
    create,
    stop: (client) => client.dispose(),
    graceMs: KEEP_AFTER_CLOSE_MS,
  });

const inWorker = keptClients(() => createWorkerRatingsClient());
const inline = keptClients((db) => createInlineRatingsClient(db));

/** The client for this database, the one kept from before when it is the same; release it when done. */
export function acquireRatingsClient(db: DeskDb, worker: boolean): Kept<RatingsClient> {
  return (worker ? inWorker : inline).acquire(db);
}

/** The client for this database without holding it (created if there is none). */
export function ratingsClientOf(db: DeskDb, worker: boolean): RatingsClient {
  return (worker ? inWorker : inline).peek(db);
}
