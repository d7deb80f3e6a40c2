import { useBackgroundQuery } from './use-background-query';
import type { DeskDb } from './database';
import type { FirstPullProgress } from './records';

/** What a screen needs to know of the first pull: running or not, and its progress. */
export interface FirstPullView {
  /** The engine is at work now (a stale progress from an interrupted pull says nothing of time left). */
  running: boolean;
  progress: FirstPullProgress;
}

/** The first pull as the engine last wrote it, live; null before it began and once it is done. */
export function useFirstPull(db: DeskDb): FirstPullView | null {
  return (
    useBackgroundQuery(async () => {
      const status = await db.getMeta('syncStatus');
      const progress = status?.firstPull;
      if (!status || !progress || progress.stage === 'done') return null;
      return { running: status.running, progress };
    }, [db]) ?? null
  );
}

/**
 * Only the first pull's stage, live: null before it began, and for a replica filled before first
 * pulls were done this way. A string, so a screen that reads it re-renders when the stage moves
 * on, not at every page the pull writes.
 */
export function useFirstPullStage(db: DeskDb): FirstPullProgress['stage'] | null {
  return (
    useBackgroundQuery(async () => (await db.getMeta('syncStatus'))?.firstPull?.stage ?? null, [db]) ?? null
  );
}
