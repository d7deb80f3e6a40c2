import { useBackgroundQuery } from './use-background-query';
import type { DeskDb } from './database';
import { unsentCount } from './outbox';
import type { SyncStatusRecord } from './records';
import { idleStatus } from './sync-status';

/** What the sync engine last wrote about itself, live. */
export function useSyncStatus(db: DeskDb): SyncStatusRecord {
  return useBackgroundQuery(() => db.getMeta('syncStatus'), [db]) ?? idleStatus;
}

/** How many changes are not yet with the city, live. */
export function useUnsentCount(db: DeskDb): number {
  return useBackgroundQuery(() => unsentCount(db), [db]) ?? 0;
}
