import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createDb, type DeskDb } from './database';
import { announceWrites, isReplicaWrites, type ReplicaWrites } from './replica-writes';
import { issueRecord } from './test/issue-record';

// A database whose writes are announced (the pull worker's): Dexie reports none of them key by
// key, and each committed transaction is told once, with the issues it wrote or deleted.

const opened: DeskDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function announcing(): Promise<{ db: DeskDb; notices: ReplicaWrites[]; observed: ObservabilitySet[] }> {
  const notices: ReplicaWrites[] = [];
  const db = announceWrites(createDb({ name: `announced-${crypto.randomUUID()}` }), (notice) =>
    notices.push(notice),
  );
  opened.push(db);
  // Dexie reports a database made or upgraded as wholly changed, announced or not.
  await db.open();
  const observed: ObservabilitySet[] = [];
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/`))) observed.push(parts);
  };
  Dexie.on('storagemutated', listener);
  onTestFinished(() => Dexie.on.storagemutated.unsubscribe(listener));
  return { db, notices, observed };
}

describe('a database that announces its writes', () => {
  it('tells each committed transaction once, with the issues written and deleted, and Dexie nothing', async () => {
    const { db, notices, observed } = await announcing();
    await db.transaction('rw', db.issues, db.meta, async () => {
      await db.issues.bulkPut(Array.from({ length: 120 }, (_, k) => issueRecord({ id: `i-${k}` })));
      await db.issues.put(issueRecord({ id: 'one' }));
      await db.meta.put({ key: 'cursor', value: 'c-1' });
    });
    await db.issues.bulkDelete(['i-0', 'i-1']);

    expect(observed).toEqual([]);
    expect(notices).toHaveLength(2);
    const [written, deleted] = notices;
    expect(written?.dbName).toBe(db.name);
    expect(Object.keys(written?.tables ?? {}).sort()).toEqual(['issues', 'meta']);
    expect(written?.tables['issues']).toHaveLength(121);
    expect(written?.tables['issues']).toContain('one');
    expect(written?.tables['meta']).toBeNull();
    expect(deleted?.tables).toEqual({ issues: ['i-0', 'i-1'] });
    expect(notices.every(isReplicaWrites)).toBe(true);
  });

  it('says nothing of a transaction that was undone, and lists no keys of a range deleted', async () => {
    const { db, notices } = await announcing();
    await db.issues.bulkPut([issueRecord({ id: 'a' }), issueRecord({ id: 'b' })]);
    await expect(
      db.transaction('rw', db.issues, async () => {
        await db.issues.put(issueRecord({ id: 'c' }));
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    await db.issues.where('id').between('a', 'b', true, true).delete();

    expect(notices.map((notice) => notice.tables)).toEqual([{ issues: ['a', 'b'] }, { issues: null }]);
    expect(await db.issues.count()).toBe(0);
  });
});
