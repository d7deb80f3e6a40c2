import type { DeskDb } from '../../../db/database';
import { createRatingsClient, type RatingsClient } from './client';

// The ratings screen's client outlives the screen for a while: a manager drills into the
// queue and comes back, and a worker that has just read a year of issues should not read
// them again. After a couple of minutes away it is stopped, and with it the rows it held.

const KEEP_AFTER_CLOSE_MS = 2 * 60_000;

interface Kept {
  db: DeskDb;
  inWorker: boolean;
  client: RatingsClient;
  release: ReturnType<typeof setTimeout> | undefined;
}

let kept: Kept | undefined;

/** The client for this database, the one kept from before when it is the same. */
export function acquireRatingsClient(db: DeskDb, inWorker: boolean): RatingsClient {
  if (kept && kept.db === db && kept.inWorker === inWorker) {
    clearTimeout(kept.release);
    kept.release = undefined;
    return kept.client;
  }
  if (kept) {
    clearTimeout(kept.release);
    kept.client.dispose();
  }
  const client = createRatingsClient(db, inWorker);
  kept = { db, inWorker, client, release: undefined };
  return client;
}

/** The screen no longer needs the client: stop it soon, unless the screen comes back first. */
export function releaseRatingsClient(client: RatingsClient): void {
  const current = kept;
  if (current?.client !== client) {
    client.dispose();
    return;
  }
  clearTimeout(current.release);
  current.release = setTimeout(() => {
    current.client.dispose();
    if (kept === current) kept = undefined;
  }, KEEP_AFTER_CLOSE_MS);
}
