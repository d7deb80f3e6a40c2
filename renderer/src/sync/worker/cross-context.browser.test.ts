import Dexie, { liveQuery, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type DeskDb } from '../../db/database';
import { mutatedKeys } from '../../lib/mutated-keys';
import { firstMatching, writeInWorker } from '../../db/test/write-in-worker';

// The pull runs in a worker (pull.worker.ts) and screens read the replica in the window: they
// must hear of its writes. Dexie 4 carries a committed change to other contexts on a
// BroadcastChannel; here in Chromium, a worker writes and the window's live query and
// `storagemutated` listeners (the queue's index) hear of it, with the keys it wrote.

describe('writes made in a worker', () => {
  let db: DeskDb | null = null;
  afterEach(async () => {
    db?.close();
    if (db) await Dexie.delete(db.name);
    db = null;
  });

  it('reach a live query in the window', async () => {
    db = createDb({ name: `cross-context-${crypto.randomUUID()}` });
    const replica = db;
    await replica.open();
    const counts: number[] = [];
    const seen = firstMatching<number>(
      (next) => {
        const subscription = liveQuery(() => replica.issues.count()).subscribe({
          next: (count) => {
            counts.push(count);
            next(count);
          },
        });
        return () => subscription.unsubscribe();
      },
      (count) => count === 300,
    );
    // The live query's first answer (an empty replica) comes before the worker writes.
    await expect.poll(() => counts.length).toBeGreaterThan(0);
    await writeInWorker(replica.name, { from: 0, count: 300, precise: false });
    await expect(seen).resolves.toBe(300);
    expect(counts[0]).toBe(0);
  });

  it('reach storagemutated listeners in the window with the keys written', async () => {
    db = createDb({ name: `cross-context-${crypto.randomUUID()}` });
    const replica = db;
    await replica.open();
    const heard = firstMatching<ReadonlySet<string>>(
      (next) => {
        const listener = (parts: ObservabilitySet) => {
          const touched = mutatedKeys(parts, replica.name, 'issues');
          if (touched) next(touched.ids);
        };
        Dexie.on('storagemutated', listener);
        return () => Dexie.on('storagemutated').unsubscribe(listener);
      },
      (ids) => ids.size > 0,
    );
    await writeInWorker(replica.name, { from: 10, count: 3, precise: true });
    expect([...(await heard)].sort()).toEqual(['i-000010', 'i-000011', 'i-000012']);
  });
});
