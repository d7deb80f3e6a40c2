import { useCallback, useSyncExternalStore } from 'react';
import type { DeskDb } from '../../../db/database';
import type { QueueSnapshot } from './queue-index';
import { acquireQueueIndex, queueIndexOf } from './queue-index-registry';

/** The queue's rows for the database, live: the component re-renders when the index changes. */
export function useQueueSnapshot(db: DeskDb): QueueSnapshot {
  const subscribe = useCallback(
    (listener: () => void) => {
      const release = acquireQueueIndex(db);
      const unsubscribe = queueIndexOf(db).subscribe(listener);
      return () => {
        unsubscribe();
        release();
      };
    },
    [db],
  );
  return useSyncExternalStore(subscribe, queueIndexOf(db).getSnapshot);
}
