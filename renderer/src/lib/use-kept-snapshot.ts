import { startTransition, useEffect, useState } from 'react';

/** A store a screen reads live: it says when it changed, and what it holds now. */
export interface ExternalStore<S> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): S;
}

/**
 * A shared store kept alive per key (a database's queue index, its clusters' worker) read
 * live: the component holds it while subscribed and re-renders when it changes.
 *
 * A change is rendered as a transition, not through `useSyncExternalStore`: that hook renders
 * every change at once in one piece, and a first pull changes the queue's index many times a
 * minute; the queue's render of it held the UI thread for 60–100 ms. A transition's render
 * yields to input every few milliseconds, and a newer change replaces one not yet shown. Each
 * snapshot is immutable, so a screen never sees half of one.
 */
export function useKeptSnapshot<K, S>(
  key: K,
  acquire: (key: K) => () => void,
  storeOf: (key: K) => ExternalStore<S>,
): S {
  const store = storeOf(key);
  const [seen, setSeen] = useState(() => ({ store, snapshot: store.getSnapshot() }));
  useEffect(() => {
    const release = acquire(key);
    const kept = storeOf(key);
    const show = () => {
      const snapshot = kept.getSnapshot();
      startTransition(() =>
        setSeen((last) =>
          last.store === kept && last.snapshot === snapshot ? last : { store: kept, snapshot },
        ),
      );
    };
    const unsubscribe = kept.subscribe(show);
    // What changed between the render and the subscription.
    show();
    return () => {
      unsubscribe();
      release();
    };
  }, [key, acquire, storeOf]);
  // Another key's store until its first snapshot is shown: read it now rather than show the old one.
  return seen.store === store ? seen.snapshot : store.getSnapshot();
}
