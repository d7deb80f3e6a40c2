import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type DeskDb } from '../../../db/database';
import { issueRecord } from '../test/fixtures';
import { queueChanges } from './queue-changes';

let db: DeskDb;
let counter = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function seeded(): Promise<DeskDb> {
  counter += 1;
  db = createDb({ name: `queue-changes-${counter}` });
  await db.issues.bulkAdd([
    issueRecord({ id: '1', status: 'new' }),
    issueRecord({ id: '2', status: 'in_progress', assigneeId: 'st-1' }),
    issueRecord({ id: '3', status: 'on_moderation', assigneeId: 'st-1' }),
    issueRecord({ id: '4', status: 'resolved', assigneeId: 'st-2' }),
  ]);
  return db;
}

describe('assigning and reprioritising from the queue', () => {
  it('queues one outbox row per issue it can change, skipping those the city would refuse', async () => {
    await seeded();
    const result = await queueChanges(db, ['1', '2', '3', '4', 'missing'], { assigneeId: 'st-2' });
    expect(result).toEqual({ queued: 2, skipped: 3, unchanged: 0 });
    const outbox = await db.outbox.toArray();
    expect(
      outbox.map((item) => [item.issueId, item.kind === 'issue_patch' ? item.payload.patch : null]),
    ).toEqual([
      ['1', { assigneeId: 'st-2' }],
      ['2', { assigneeId: 'st-2' }],
    ]);
    expect((await db.issues.get('1'))?.pending).toMatchObject({ assigneeId: 'st-2', state: 'pending' });
  });

  it('sends nothing for an issue that already is as asked', async () => {
    await seeded();
    expect(await queueChanges(db, ['2'], { assigneeId: 'st-1' })).toEqual({
      queued: 0,
      skipped: 0,
      unchanged: 1,
    });
    await queueChanges(db, ['1'], { priority: 'urgent' });
    expect(await queueChanges(db, ['1'], { priority: 'urgent' })).toEqual({
      queued: 0,
      skipped: 0,
      unchanged: 1,
    });
    expect(await db.outbox.count()).toBe(1);
  });
});
