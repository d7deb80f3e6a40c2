import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type DeskDb } from '../../../db/database';
import { writeInWorker } from '../../../db/test/write-in-worker';
import { QueueIndex } from './queue-index';

// The queue's rows follow what the pull worker writes, here in Chromium: another worker writes
// issues as the pull worker does (unobserved, announced), and the index, with its own read
// worker as in the app, reads again the issues the notice names: many in its worker, a few here.

const startReadWorker = (): Worker =>
  new Worker(new URL('./queue-index.worker.ts', import.meta.url), { type: 'module' });

describe('the queue index', () => {
  let db: DeskDb | null = null;
  let index: QueueIndex | null = null;
  afterEach(async () => {
    index?.stop();
    db?.close();
    if (db) await Dexie.delete(db.name);
    db = null;
  });

  it('shows the issues a worker writes and announces', async () => {
    const replica = createDb({ name: `queue-rows-${crypto.randomUUID()}` });
    db = replica;
    await replica.open();
    const queue = new QueueIndex(replica, { startWorker: startReadWorker });
    index = queue;
    queue.start();
    await queue.whenLoaded();
    expect(queue.getSnapshot().rows).toHaveLength(0);
    await writeInWorker(replica.name, { from: 0, count: 600, precise: false, announce: true });
    await expect.poll(() => queue.getSnapshot().rows.length).toBe(600);
    await writeInWorker(replica.name, { from: 600, count: 3, precise: false, announce: true });
    await expect.poll(() => queue.getSnapshot().rows.length).toBe(603);
    expect(queue.getSnapshot().rows.some((row) => row.id === 'i-000602')).toBe(true);
  });
});
