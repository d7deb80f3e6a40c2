import Dexie, { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type DeskDb } from './database';
import { relayAnnouncedWrites, watchReplica } from './replica-changes';
import { firstMatching, writeInWorker } from './test/write-in-worker';

// The pull worker writes unobserved and announces what it wrote (replica-writes.ts): here in
// Chromium, a worker writes that way and what screens read in the window follows: a live query
// through the relay, whether it reads by key, by an index or counts, and the watchers that keep
// something of their own (the queue's rows: queue-index.browser.test.ts).

const live =
  <T>(query: () => Promise<T>) =>
  (next: (value: T) => void) => {
    const subscription = liveQuery(query).subscribe({ next });
    return () => subscription.unsubscribe();
  };

describe('writes a worker announces', () => {
  let db: DeskDb | null = null;
  const stops: (() => void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    db?.close();
    if (db) await Dexie.delete(db.name);
    db = null;
  });

  async function replica(): Promise<DeskDb> {
    db = createDb({ name: `announced-${crypto.randomUUID()}` });
    await db.open();
    return db;
  }

  it('reach the window’s live queries through the relay', async () => {
    const replicaDb = await replica();
    stops.push(relayAnnouncedWrites(replicaDb));
    const answers: string[] = [];
    const seen = firstMatching<string>(
      live(async () => {
        const [count, urgent, one] = await Promise.all([
          replicaDb.issues.count(),
          replicaDb.issues.where('status').equals('new').toArray(),
          replicaDb.issues.get('i-000005'),
        ]);
        const answer = `${count} ${urgent.length} ${one?.id ?? '-'}`;
        answers.push(answer);
        return answer;
      }),
      (answer) => answer === '300 300 i-000005',
    );
    // The live query's first answer (an empty replica) comes before the worker writes.
    await expect.poll(() => answers.length).toBeGreaterThan(0);
    await writeInWorker(replicaDb.name, { from: 0, count: 300, precise: false, announce: true });
    await expect(seen).resolves.toBe('300 300 i-000005');
    expect(answers[0]).toBe('0 0 -');
  });

  it('name the issues written to the window’s watchers', async () => {
    const replicaDb = await replica();
    const heard = firstMatching<string[]>(
      (next) =>
        watchReplica(replicaDb.name, (change) => {
          const issues = change.touched('issues');
          if (issues) next([...issues.ids].sort());
        }),
      (ids) => ids.length > 0,
    );
    await writeInWorker(replicaDb.name, { from: 10, count: 120, precise: false, announce: true });
    const ids = await heard;
    expect(ids).toHaveLength(120);
    expect(ids[0]).toBe('i-000010');
    expect(ids.at(-1)).toBe('i-000129');
  });
});
