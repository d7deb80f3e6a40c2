import type { SyncStatusRecord } from './records';

/** The sync status before the engine has written one: nothing has run yet. */
export const idleStatus: SyncStatusRecord = {
  running: false,
  phase: 'idle',
  lastSuccessAt: null,
  lastAttemptAt: null,
  error: null,
  pulledThisRun: 0,
  nextAttemptAt: null,
};
