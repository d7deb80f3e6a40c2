import { useCallback, useSyncExternalStore } from 'react';
import type { DeskDb } from '../../db/database';
import type { ClusterSnapshot } from './client';
import { acquireClusterClient, clusterClientOf } from './registry';

/** The clusters and repeat marks of the database, live: the component re-renders when they change. */
export function useClusterSnapshot(db: DeskDb): ClusterSnapshot {
  const subscribe = useCallback(
    (listener: () => void) => {
      const release = acquireClusterClient(db);
      const unsubscribe = clusterClientOf(db).subscribe(listener);
      return () => {
        unsubscribe();
        release();
      };
    },
    [db],
  );
  const client = clusterClientOf(db);
  return useSyncExternalStore(subscribe, client.getSnapshot);
}
