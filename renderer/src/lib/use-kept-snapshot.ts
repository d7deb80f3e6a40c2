import { useCallback, useSyncExternalStore } from 'react';

/** A store a screen reads through `useSyncExternalStore`. */
export interface ExternalStore<S> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): S;
}

/**
 * A shared store kept alive per key (a database's queue index, its clusters' worker) read
 * live: the component holds it while subscribed and re-renders when it changes.
 */
export function useKeptSnapshot<K, S>(
  key: K,
  acquire: (key: K) => () => void,
  storeOf: (key: K) => ExternalStore<S>,
): S {
  const subscribe = useCallback(
    (listener: () => void) => {
      const release = acquire(key);
      const unsubscribe = storeOf(key).subscribe(listener);
      return () => {
        unsubscribe();
        release();
      };
    },
    [key, acquire, storeOf],
  );
  const store = storeOf(key);
  return useSyncExternalStore(subscribe, store.getSnapshot);
}
