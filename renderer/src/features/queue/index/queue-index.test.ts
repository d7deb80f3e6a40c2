import { afterEach, describe, expect, it } from 'vitest';
import { RangeSet } from 'dexie';
import type { DeskDb } from '../../../db/database';
import { changeOfNotice, changeOfParts, type ReplicaChange } from '../../../db/replica-changes';
import { freshDbs } from '../../../db/test/fresh-dbs';
import { queueIssueChange } from '../../../db/repositories';
import { issueRecord } from '../test/fixtures';
import { QueueIndex, type QueueSnapshot } from './queue-index';

const dbs = freshDbs('queue-index-test');
const freshDb = dbs.open;

afterEach(async () => {
  await dbs.removeAll();
});

const ids = (snapshot: QueueSnapshot) => snapshot.rows.map((row) => row.id).sort();
const rowOf = (index: QueueIndex, id: string) => index.getSnapshot().rows.find((row) => row.id === id);

/** Waits until the index has taken in every committed change. */
async function settle(index: QueueIndex): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  await index.settled();
}

/** An index, started and loaded, that hears only the changes the test delivers. */
async function fedIndex(
  db: DeskDb,
): Promise<{ index: QueueIndex; deliver: (change: ReplicaChange) => void }> {
  let deliver: (change: ReplicaChange) => void = () => {};
  const index = new QueueIndex(db, {
    subscribeToMutations: (listener) => {
      deliver = listener;
      return () => {};
    },
  });
  index.start();
  await index.whenLoaded();
  return { index, deliver: (change) => deliver(change) };
}

describe('the queue index', () => {
  it('reads the whole replica in chunks, telling listeners as rows arrive', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd(
      Array.from({ length: 25 }, (_, i) => issueRecord({ id: `iss-${String(i).padStart(3, '0')}` })),
    );
    const index = new QueueIndex(db, { chunkSize: 10, loadingNotifyMs: 0 });
    let heard = 0;
    index.subscribe(() => (heard += 1));
    index.start();
    await index.whenLoaded();
    expect(index.getSnapshot().loaded).toBe(true);
    expect(index.getSnapshot().rows).toHaveLength(25);
    expect(heard).toBeGreaterThanOrEqual(3);
    index.stop();
  });

  it('follows single writes and deletes from storagemutated without reading everything again', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd([issueRecord({ id: 'iss-1' }), issueRecord({ id: 'iss-2' })]);
    const index = new QueueIndex(db);
    index.start();
    await index.whenLoaded();
    const before = index.getSnapshot();

    await db.issues.put(issueRecord({ id: 'iss-3', status: 'new', priority: 'urgent' }));
    await db.issues.update('iss-1', {
      status: 'in_progress',
      assigneeId: 'st-1',
      assigneeKey: 'st-1',
      rev: 2,
    });
    await db.issues.delete('iss-2');
    await settle(index);

    const after = index.getSnapshot();
    expect(after.version).toBeGreaterThan(before.version);
    expect(ids(after)).toEqual(['iss-1', 'iss-3']);
    expect(rowOf(index, 'iss-1')).toMatchObject({ status: 'in_progress', assigneeId: 'st-1' });
    expect(rowOf(index, 'iss-3')).toMatchObject({ priority: 'urgent' });
    index.stop();
  });

  it('shows a local assignment as pending as soon as it is written', async () => {
    const db = await freshDb();
    await db.issues.add(issueRecord({ id: 'iss-1' }));
    const index = new QueueIndex(db);
    index.start();
    await index.whenLoaded();
    await queueIssueChange(db, 'iss-1', { assigneeId: 'st-7' });
    await settle(index);
    expect(rowOf(index, 'iss-1')).toMatchObject({ assigneeId: 'st-7', change: 'pending' });
    index.stop();
  });

  it('takes in a bulk write of many issues (Dexie reports the whole table) and removes what is gone', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd([issueRecord({ id: 'gone' })]);
    const index = new QueueIndex(db, { chunkSize: 40 });
    index.start();
    await index.whenLoaded();
    await db.transaction('rw', db.issues, async () => {
      await db.issues.delete('gone');
      await db.issues.bulkPut(Array.from({ length: 120 }, (_, i) => issueRecord({ id: `bulk-${i}` })));
    });
    await settle(index);
    expect(index.getSnapshot().rows).toHaveLength(120);
    expect(rowOf(index, 'gone')).toBeUndefined();
    index.stop();
  });

  it('re-reads a range of keys reported by another window, dropping rows no longer there', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd(['a-1', 'a-2', 'b-1'].map((id) => issueRecord({ id })));
    const { index, deliver } = await fedIndex(db);
    // Another window changed a-1 and deleted a-2 (this test's index does not hear Dexie itself).
    await db.issues.update('a-1', { status: 'returned', rev: 2 });
    await db.issues.delete('a-2');
    deliver(changeOfParts({ [`idb://${db.name}/issues/`]: new RangeSet('a-0', 'a-9') }, db.name));
    await settle(index);
    expect(ids(index.getSnapshot())).toEqual(['a-1', 'b-1']);
    expect(rowOf(index, 'a-1')?.status).toBe('returned');
    index.stop();
  });

  it('reads again the issues a pull worker’s notice names, and everything when it names none', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd(['n-1', 'n-2'].map((id) => issueRecord({ id })));
    const { index, deliver } = await fedIndex(db);
    await db.issues.update('n-1', { status: 'returned', rev: 2 });
    await db.issues.add(issueRecord({ id: 'n-3' }));
    deliver(changeOfNotice({ kind: 'replica-writes', dbName: db.name, tables: { issues: ['n-1', 'n-3'] } }));
    await settle(index);
    expect(ids(index.getSnapshot())).toEqual(['n-1', 'n-2', 'n-3']);
    expect(rowOf(index, 'n-1')?.status).toBe('returned');
    // Written and not listed (a range deleted): the whole replica is read again.
    await db.issues.delete('n-2');
    deliver(changeOfNotice({ kind: 'replica-writes', dbName: db.name, tables: { issues: null } }));
    await settle(index);
    expect(ids(index.getSnapshot())).toEqual(['n-1', 'n-3']);
    // Other tables only: nothing to read.
    const version = index.getSnapshot().version;
    deliver(changeOfNotice({ kind: 'replica-writes', dbName: db.name, tables: { reports: null } }));
    await settle(index);
    expect(index.getSnapshot().version).toBe(version);
    index.stop();
  });

  it('ignores changes of other tables and other databases', async () => {
    const db = await freshDb();
    await db.issues.add(issueRecord({ id: 'iss-1' }));
    const index = new QueueIndex(db);
    index.start();
    await index.whenLoaded();
    const version = index.getSnapshot().version;
    await db.staff.put({ id: 'st-1', name: 'Иванов И. И.', role: 'supervisor', active: true });
    const other = await freshDb();
    await other.issues.add(issueRecord({ id: 'iss-2' }));
    await settle(index);
    expect(index.getSnapshot().version).toBe(version);
    expect(ids(index.getSnapshot())).toEqual(['iss-1']);
    index.stop();
  });
});
