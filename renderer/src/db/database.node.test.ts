import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, databaseNameFor, type DeskDb } from './database';
import type { RequestRecord } from './records';
import { schemaVersions } from './schema';

const issue = (id: string, status: string) => ({
  id,
  number: `НГ-2026-00${id}`,
  categoryId: 'cat-trash',
  title: 'Мусор',
  description: 'Не вывезен мусор',
  address: 'Ореховый бульвар, д. 22',
  district: 'Орехово-Борисово Северное',
  lat: 55.61,
  lng: 37.71,
  createdAt: '2026-03-02T10:00:00+03:00',
  receivedAt: '2026-03-02T10:00:00+03:00',
  deadlineAt: '2026-03-13T23:59:59+03:00',
  status,
  assigneeId: status === 'new' ? null : 'st-007',
  priority: 'normal',
  residentPhotos: [],
  moderatorComment: null,
  rev: 3,
});

/** Opens a database as an older app left it (versions up to `upTo`), seeds it, and reopens it as this app does. */
async function reopenAfter(upTo: number, seed: (old: Dexie) => Promise<void>): Promise<DeskDb> {
  const indexedDB = new IDBFactory();
  const name = `migration-test-v${upTo}`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const { version, stores } of schemaVersions.filter((v) => v.version <= upTo))
    old.version(version).stores(stores);
  await old.open();
  await seed(old);
  old.close();
  const db = createDb({ name, indexedDB, IDBKeyRange });
  await db.open();
  return db;
}

describe('the local database', () => {
  it('upgrades a version 1 replica: data kept, unassigned issues findable by index', async () => {
    const db = await reopenAfter(1, async (old) => {
      await old.table('issues').bulkAdd([issue('1', 'new'), issue('2', 'resolved')]);
      await old.table('outbox').add({ kind: 'issue_patch', issueId: '1', state: 'waiting' });
      await old.table('meta').put({ key: 'cursor', value: 'c-41' });
    });
    expect(db.verno).toBe(schemaVersions.at(-1)?.version);
    expect(await db.issues.count()).toBe(2);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.getMeta('cursor')).toBe('c-41');
    expect(await db.issues.where('assigneeKey').equals('').primaryKeys()).toEqual(['1']);
    expect(await db.issues.where('assigneeKey').equals('st-007').primaryKeys()).toEqual(['2']);
    expect(await db.issueEvents.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 2 replica: data kept, screens’ requests and the city’s figures stored', async () => {
    const db = await reopenAfter(2, async (old) => {
      await old.table('issues').bulkAdd([{ ...issue('1', 'new'), assigneeKey: '' }]);
      await old.table('photos').add({ sha256: 'ab', uploadState: 'remote' });
    });
    expect(db.verno).toBe(schemaVersions.at(-1)?.version);
    expect(await db.issues.count()).toBe(1);
    expect(await db.photos.count()).toBe(1);
    const wanted: RequestRecord = {
      key: 'photo:ab',
      kind: 'photo',
      photo: { sha256: 'ab', width: 1, height: 1, origin: 'resident' },
      state: 'wanted',
      askedAt: '2026-12-01T10:00:00Z',
    };
    await db.requests.put(wanted);
    expect(await db.requests.where('state').equals('wanted').primaryKeys()).toEqual(['photo:ab']);
    expect(await db.cityStats.count()).toBe(0);
    db.close();
  });

  it('keeps each company and person in a database of their own', () => {
    expect(databaseNameFor('http://127.0.0.1:4311', 'co-obs', 'st-001')).toBe(
      'gorod-desk/127.0.0.1:4311/co-obs/st-001',
    );
    expect(databaseNameFor('https://city.example/', 'co-obs', 'st-002')).not.toBe(
      databaseNameFor('https://city.example/', 'co-obs', 'st-001'),
    );
  });
});
