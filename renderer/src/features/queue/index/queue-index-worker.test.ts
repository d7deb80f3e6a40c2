import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type DeskDb } from '../../../db/database';
import { changeOfNotice, type ReplicaChange } from '../../../db/replica-changes';
import { issueRecord, lookups, NOW } from '../test/fixtures';
import { deadlineWindowAt } from '../model/deadline-window';
import { compileFilter } from '../model/filter';
import { emptyQuery, type QueueQuery } from '../model/query';
import { QueryRunner } from '../model/run-query';
import { QueueIndex } from './queue-index';
import type { ReadReply, ReadRequest } from './read-protocol';
import { readReplicaRows } from './read-rows';

// The index as the app runs it: the replica read by the read worker's own code, here behind a
// stand-in for a Worker that answers in the same messages.

let counter = 0;
const opened: DeskDb[] = [];
async function freshDb(): Promise<DeskDb> {
  counter += 1;
  const db = createDb({ name: `queue-index-worker-test-${counter}` });
  await db.open();
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Answers like the read worker, noting what it is `asked`; after `failAfter` chunks, it reports a failure instead. */
function fakeWorker(failAfter = Infinity, asked: ReadRequest[] = []): () => Worker {
  return () => {
    const target = new EventTarget();
    let chunks = 0;
    const deliver = (data: ReadReply) => target.dispatchEvent(new MessageEvent('message', { data }));
    const worker = Object.assign(target, {
      postMessage: (request: ReadRequest) => {
        asked.push(request);
        void readReplicaRows(request, (reply) => {
          if (reply.kind === 'chunk' && (chunks += 1) > failAfter)
            deliver({ kind: 'failed', detail: 'out of memory' });
          else deliver(reply);
        });
      },
      terminate: () => {},
    });
    return worker as unknown as Worker;
  };
}

const names = lookups();
const window = deadlineWindowAt(NOW);
const descriptions = ['Яма у подъезда', 'Не работает лифт', 'Мусор во дворе', 'Ёлка упала на площадку'];
const issues = Array.from({ length: 45 }, (_, i) =>
  issueRecord({ id: `iss-${String(i).padStart(3, '0')}`, description: descriptions[i % 4] ?? '' }),
);

/** The index's rows for a search are those the row predicate keeps. */
function expectSameSearch(index: QueueIndex, search: string): void {
  const query: QueueQuery = { ...emptyQuery, view: 'all', search };
  const { columns } = index.getSnapshot();
  const shown = new QueryRunner().run(columns, query, window, names.children, names.sort).ids();
  const expected = columns.rows.filter(compileFilter(query, window, names.children)).map((row) => row.id);
  expect([...shown].sort(), search).toEqual([...expected].sort());
}

describe('the queue index reading in a worker', () => {
  it('takes ready rows and their numbered words, and searches them as the row predicate does', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd(issues);
    const index = new QueueIndex(db, { chunkSize: 10, startWorker: fakeWorker() });
    const progress: number[] = [];
    index.subscribe(() => progress.push(index.getSnapshot().progress?.read ?? -1));
    index.start();
    await index.whenLoaded();
    expect(index.getSnapshot().rows).toHaveLength(45);
    expect(progress.some((read) => read > 0 && read < 45)).toBe(true);
    for (const search of ['лифт', 'подъезд', 'елк', 'у', 'нг-2026', 'нет такого'])
      expectSameSearch(index, search);
    index.stop();
  });

  it('numbers the words of a second read from the words it already has', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd(issues);
    const index = new QueueIndex(db, { chunkSize: 10, startWorker: fakeWorker() });
    index.start();
    await index.whenLoaded();
    index.stop();
    await db.issues.update('iss-001', { description: 'Сосулька над входом', rev: 2 });
    index.start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await index.settled();
    expectSameSearch(index, 'сосулька');
    expectSameSearch(index, 'лифт');
    index.stop();
  });

  it('reads here when the worker fails, and ends with every issue', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd(issues);
    const index = new QueueIndex(db, { chunkSize: 10, startWorker: fakeWorker(2) });
    index.start();
    await index.whenLoaded();
    expect(index.getSnapshot().rows).toHaveLength(45);
    expectSameSearch(index, 'мусор');
    index.stop();
  });

  it('reads the many issues a sync names in the worker, a few here, and drops those gone', async () => {
    const db = await freshDb();
    await db.issues.bulkAdd(issues);
    const asked: ReadRequest[] = [];
    let deliver: (change: ReplicaChange) => void = () => {};
    const index = new QueueIndex(db, {
      startWorker: fakeWorker(Infinity, asked),
      subscribeToMutations: (listener) => {
        deliver = listener;
        return () => {};
      },
    });
    index.start();
    await index.whenLoaded();
    const more = Array.from({ length: 300 }, (_, i) =>
      issueRecord({ id: `new-${String(i).padStart(3, '0')}` }),
    );
    await db.issues.bulkAdd(more);
    await db.issues.delete('iss-000');
    const notice = (ids: string[]) =>
      changeOfNotice({ kind: 'replica-writes', dbName: db.name, tables: { issues: ids } });
    deliver(notice([...more.map((issue) => issue.id), 'iss-000']));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await index.settled();
    expect(index.getSnapshot().rows).toHaveLength(344);
    expect(asked.at(-1)?.ids).toHaveLength(301);
    expectSameSearch(index, 'лифт');

    await db.issues.update('iss-001', { description: 'Сосулька над входом', rev: 2 });
    deliver(notice(['iss-001']));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await index.settled();
    expectSameSearch(index, 'сосулька');
    expect(asked).toHaveLength(2);
    index.stop();
  });
});
