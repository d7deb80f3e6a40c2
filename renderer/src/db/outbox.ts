import type { DeskDb } from './database';
import type { OutboxRecord } from './records';

/** Items still to send, oldest first: the order people made them in. */
export async function activeOutbox(db: DeskDb): Promise<OutboxRecord[]> {
  return db.outbox.where('state').anyOf('waiting', 'sending').sortBy('seq');
}

/** How many changes are not yet with the city (refused ones included: they need a person). */
export async function unsentCount(db: DeskDb): Promise<number> {
  return db.outbox.where('state').anyOf('waiting', 'sending', 'refused').count();
}

/** Sent items are kept for the Sync screen's history, the newest `keep` of them. */
export async function pruneSent(db: DeskDb, keep = 100): Promise<void> {
  const sent: number[] = await db.outbox.where('state').equals('sent').primaryKeys();
  if (sent.length <= keep) return;
  const sorted = [...sent].sort((a, b) => a - b);
  await db.outbox.bulkDelete(sorted.slice(0, sorted.length - keep));
}
