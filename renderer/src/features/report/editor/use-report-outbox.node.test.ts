import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DeskDb } from '../../../db/database';
import type { NewOutboxRecord } from '../../../db/records';
import { findReportOutboxRow } from './use-report-outbox';

let db: DeskDb;

const row = (issueId: string, payload: NewOutboxRecord['payload'], kind: NewOutboxRecord['kind']) =>
  ({
    kind,
    issueId,
    payload,
    idempotencyKey: crypto.randomUUID(),
    createdAt: '2026-12-01T07:00:00Z',
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
  }) as NewOutboxRecord;

beforeEach(() => {
  db = createDb({ name: `report-outbox-${crypto.randomUUID()}` });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('findReportOutboxRow', () => {
  it("finds the report's own row among the issue's other changes and other issues' reports", async () => {
    await db.outbox.add(
      row('iss-1', { issueId: 'iss-1', patch: { priority: 'high' }, baseRev: 1 }, 'issue_patch'),
    );
    await db.outbox.add(row('iss-2', { clientReportId: 'rep-2' }, 'report'));
    await db.outbox.add(row('iss-1', { clientReportId: 'rep-0' }, 'report'));
    const seq = await db.outbox.add(row('iss-1', { clientReportId: 'rep-1' }, 'report'));
    expect((await findReportOutboxRow(db, 'iss-1', 'rep-1'))?.seq).toBe(seq);
  });

  it('finds nothing for a report not yet submitted', async () => {
    await db.outbox.add(row('iss-1', { clientReportId: 'rep-0' }, 'report'));
    expect(await findReportOutboxRow(db, 'iss-1', 'rep-1')).toBeUndefined();
  });
});
