import type { Transaction } from 'dexie';
import type { IssueRecord } from './records';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the app has shipped, oldest first. Never edit a shipped version: add one.
 * Dexie opens an old database at the newest version by running each later upgrade in order.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      issues: 'id, status, deadlineAt, receivedAt, categoryId, district, priority, number',
      categories: 'id, parentId',
      staff: 'id, role',
      reports: 'clientReportId, issueId, id, localState',
      ratings: 'id, issueId, reportId',
      photos: 'sha256, uploadState',
      outbox: '++seq, state, issueId',
      meta: 'key',
    },
  },
  {
    // v2: the issue timeline, and unassigned issues made findable by index: IndexedDB cannot
    // index null, so `assigneeKey` ('' for nobody) stands beside `assigneeId`.
    version: 2,
    stores: {
      issues: 'id, status, deadlineAt, receivedAt, categoryId, district, assigneeKey, priority, number',
      issueEvents: '++id, issueId, [issueId+at]',
    },
    upgrade: async (tx) => {
      await tx
        .table<IssueRecord, string>('issues')
        .toCollection()
        .modify((issue) => {
          issue.assigneeKey = issue.assigneeId ?? '';
        });
    },
  },
  {
    // v3: what screens ask of the city on demand (a resident's photo not yet on the device, the
    // city's own figures for a period), for sync to fetch; and those figures once fetched.
    version: 3,
    stores: {
      requests: 'key, state',
      cityStats: 'key',
    },
  },
  {
    // v4: the dispatcher's corrections of clusters (split, join). Local only: no pull touches
    // them, so they survive a re-pull, and they name issues by id.
    version: 4,
    stores: {
      clusterOverrides: 'id, createdAt',
    },
  },
  {
    // v5: the open work in deadline order by index, so that a start reads only the queue's
    // first screen (features/queue/index/first-screen.ts), not every open issue. IndexedDB
    // builds the index over the replica once, when this version opens.
    version: 5,
    stores: {
      issues:
        'id, status, deadlineAt, receivedAt, categoryId, district, assigneeKey, priority, number, [status+deadlineAt]',
    },
  },
];
