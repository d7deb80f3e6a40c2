import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, type DeskDb } from '../../db/database';
import { changeOfNotice, type ReplicaChange } from '../../db/replica-changes';
import { joinIssues, splitOffIssues } from '../../db/cluster-overrides';
import type { IssueRecord } from '../../db/records';
import { schemaVersions } from '../../db/schema';
import { ClusterJobs } from './cluster-jobs';
import { applyChange, createClusterClient } from './client';

// The clusters' worker's work against a replica in (fake) IndexedDB, and the screen's client
// kept fresh by Dexie's change events, as the app runs them (the worker's messages aside).

const issue = (id: string, fields: Partial<IssueRecord> = {}): IssueRecord => ({
  id,
  number: `НГ-2026-00${id}`,
  categoryId: 'yard-rubbish',
  title: 'Мусор во дворе',
  description: 'Третий день не убирают мусор у контейнерной площадки',
  address: 'Шипиловская улица, д. 35, корп. 2',
  district: 'Орехово-Борисово Северное',
  lat: 55.6201,
  lng: 37.7201,
  createdAt: '2026-03-02T10:00:00+03:00',
  receivedAt: '2026-03-02T10:00:00+03:00',
  deadlineAt: '2026-03-13T23:59:59+03:00',
  status: 'new',
  assigneeId: null,
  assigneeKey: '',
  priority: 'normal',
  residentPhotos: [],
  moderatorComment: null,
  rev: 1,
  ...fields,
});

const clock = (() => {
  let n = 0;
  return { now: () => new Date(Date.UTC(2026, 2, 5, 9, 0, n)), newKey: () => `override-${(n += 1)}` };
})();

async function replica(name: string): Promise<DeskDb> {
  const db = createDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });
  await db.categories.bulkPut([
    {
      id: 'yard',
      parentId: null,
      nameRu: 'Мой двор',
      nameEn: 'My yard',
      slaWorkingDays: 8,
      afterPhotoRequired: true,
    },
    {
      id: 'yard-rubbish',
      parentId: 'yard',
      nameRu: 'Мусор',
      nameEn: 'Rubbish',
      slaWorkingDays: 8,
      afterPhotoRequired: true,
    },
    {
      id: 'yard-snow',
      parentId: 'yard',
      nameRu: 'Снег',
      nameEn: 'Snow',
      slaWorkingDays: 2,
      afterPhotoRequired: true,
    },
  ]);
  await db.issues.bulkPut([
    issue('a'),
    issue('b', {
      address: 'ул. Шипиловская, 35к2',
      categoryId: 'yard-snow',
      receivedAt: '2026-03-03T10:00:00+03:00',
    }),
    issue('c', { receivedAt: '2026-03-04T10:00:00+03:00', status: 'resolved' }),
  ]);
  return db;
}

describe('the clusters’ worker', () => {
  it('clusters the replica’s open issues and re-reads only the issues a change names', async () => {
    const db = await replica('jobs-1');
    const jobs = new ClusterJobs(() => db);
    const loaded = await jobs.run({ kind: 'load', databaseName: db.name });
    expect(loaded.kind === 'clusters' && loaded.clusters.map((c) => c.issueIds)).toEqual([['a', 'b']]);
    await db.issues.put(issue('c', { receivedAt: '2026-03-04T10:00:00+03:00', status: 'reopened' }));
    const change = await jobs.run({ kind: 'issuesChanged', ids: ['c'], all: false });
    expect(change.kind === 'change' && change.change.changed.map((c) => c.issueIds)).toEqual([
      ['a', 'b', 'c'],
    ]);
    await db.issues.delete('a');
    const removed = await jobs.run({ kind: 'issuesChanged', ids: ['a'], all: false });
    expect(removed.kind === 'change' && removed.change).toEqual({
      changed: [expect.objectContaining({ id: 'cl-b', issueIds: ['b', 'c'] })],
      removed: ['cl-a'],
    });
  });

  it('applies the dispatcher’s corrections, which survive a re-pull of every issue', async () => {
    const db = await replica('jobs-2');
    const jobs = new ClusterJobs(() => db);
    await jobs.run({ kind: 'load', databaseName: db.name });
    await splitOffIssues(db, ['b'], clock);
    const split = await jobs.run({ kind: 'overridesChanged' });
    expect(split.kind === 'change' && split.change.removed).toEqual(['cl-a']);
    // A re-pull writes every issue again; the corrections are not the pull's to touch.
    await db.issues.bulkPut((await db.issues.toArray()).map((row) => ({ ...row, rev: row.rev + 1 })));
    const again = await jobs.run({ kind: 'issuesChanged', ids: [], all: true });
    expect(again.kind === 'clusters' && again.clusters).toEqual([]);
    await joinIssues(db, ['a', 'b'], clock);
    const joined = await jobs.run({ kind: 'overridesChanged' });
    expect(joined.kind === 'change' && joined.change.changed.map((c) => c.issueIds)).toEqual([['a', 'b']]);
  });

  it('takes issues out of the joins that held them when they are split off', async () => {
    const db = await replica('jobs-3');
    await joinIssues(db, ['a', 'b', 'c'], clock);
    await splitOffIssues(db, ['a'], clock);
    const kinds = (await db.clusterOverrides.orderBy('createdAt').toArray()).map((o) => [o.kind, o.issueIds]);
    expect(kinds).toEqual([
      ['join', ['b', 'c']],
      ['split', ['a']],
    ]);
  });
});

describe('repeat marks beside the clusters', () => {
  it('marks an open issue where one was resolved within 30 days, and unmarks it when it is answered', async () => {
    const db = await replica('repeats-1');
    await db.issues.put(
      issue('old', { status: 'resolved', assigneeId: 'st-007', receivedAt: '2026-02-10T10:00:00+03:00' }),
    );
    await db.reports.put({
      clientReportId: '9b2f3c4d-0000-4000-8000-000000000001',
      issueId: 'old',
      authorId: 'st-007',
      text: 'Мусор вывезен, площадка убрана',
      photos: [],
      completedAt: '2026-02-20T10:00:00+03:00',
      localState: null,
      updatedAt: '2026-02-20T10:00:00+03:00',
      status: 'accepted',
      decidedAt: '2026-02-21T12:00:00+03:00',
    });
    const jobs = new ClusterJobs(() => db);
    const loaded = await jobs.run({ kind: 'load', databaseName: db.name });
    expect(loaded.kind === 'clusters' && loaded.repeats).toEqual([
      ['a', { issueId: 'old', resolvedAt: '2026-02-21T12:00:00+03:00', assigneeId: 'st-007' }],
    ]);
    await db.issues.update('a', { status: 'resolved' });
    const change = await jobs.run({ kind: 'issuesChanged', ids: ['a'], all: false });
    expect(change.kind === 'change' && change.repeats).toEqual([['a', null]]);
  });
});

describe('the screen’s clusters client', () => {
  it('is kept fresh by the replica’s own change events', async () => {
    const db = await replica('client-1');
    const jobs = new ClusterJobs(() => db);
    const client = createClusterClient(db.name, { ask: (job) => jobs.run(job) });
    client.start();
    await client.settled();
    expect(client.getSnapshot().byIssue.get('b')).toBe('cl-a');
    await db.issues.update('a', { status: 'on_moderation' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.settled();
    expect([...client.getSnapshot().clusters.keys()]).toEqual([]);
    client.stop();
  });

  it('asks once for the issues changed while the worker was busy', async () => {
    const db = await replica('client-2');
    const jobs = new ClusterJobs(() => db);
    const asked: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let deliver: (change: ReplicaChange) => void = () => {};
    const client = createClusterClient(db.name, {
      ask: async (job) => {
        asked.push(job.kind === 'issuesChanged' ? `changed ${job.ids.join(',')}` : job.kind);
        if (job.kind === 'issuesChanged' && asked.length === 2) await held;
        return jobs.run(job);
      },
      watch: (listener) => {
        deliver = listener;
        return () => {};
      },
    });
    client.start();
    await client.settled();
    const notice = (ids: string[]) =>
      changeOfNotice({ kind: 'replica-writes', dbName: db.name, tables: { issues: ids } });
    deliver(notice(['a']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    deliver(notice(['b']));
    deliver(notice(['a', 'c']));
    release();
    await client.settled();
    expect(asked).toEqual(['load', 'changed a', 'changed b,a,c']);
    client.stop();
  });

  it('applies a change to the clusters a screen had', () => {
    const had = new Map([
      [
        'cl-a',
        {
          id: 'cl-a',
          issueIds: ['a', 'b'],
          count: 2,
          earliestDeadlineAt: '',
          newestReceivedAt: '',
          sectionId: 'yard',
        },
      ],
    ]);
    const next = applyChange(had, { changed: [], removed: ['cl-a'] });
    expect(next.size).toBe(0);
    expect(had.size).toBe(1);
  });
});

it('opens a replica of schema v3 at v4 with its issues and an empty table of corrections', async () => {
  const indexedDB = new IDBFactory();
  const old = new Dexie('v3-replica', { indexedDB, IDBKeyRange });
  for (const { version, stores } of schemaVersions.filter((v) => v.version <= 3))
    old.version(version).stores(stores);
  await old.open();
  await old.table('issues').put(issue('a'));
  old.close();
  const db = createDb({ name: 'v3-replica', indexedDB, IDBKeyRange });
  expect(await db.issues.count()).toBe(1);
  expect(await db.clusterOverrides.count()).toBe(0);
  db.close();
});
