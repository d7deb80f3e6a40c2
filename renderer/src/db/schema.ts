import type { Transaction } from 'dexie';
import type { IssueEventRecord, IssueRecord, NewIssueEvent } from './records';

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
      issues: 'id, status, deadlineAt, receivedAt, categoryId, district, assigneeKey, priority, number',
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
    // v2: the issue timeline. Existing replicas get a "received" event for every issue so
    // the timeline is never empty after the upgrade.
    version: 2,
    stores: { issueEvents: '++id, issueId, [issueId+at]' },
    upgrade: async (tx) => {
      const events: NewIssueEvent[] = [];
      await tx
        .table<IssueRecord, string>('issues')
        .each((issue) =>
          events.push({
            issueId: issue.id,
            kind: 'received',
            at: issue.receivedAt,
            from: null,
            to: issue.status,
            rev: issue.rev,
          }),
        );
      await tx.table<IssueEventRecord, number, NewIssueEvent>('issueEvents').bulkAdd(events);
    },
  },
];
