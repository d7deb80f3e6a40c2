import { liveQuery } from 'dexie';
import { startTransition, useEffect, useMemo, useState, type DependencyList } from 'react';

/**
 * Dexie's `useLiveQuery` for what a screen shows beside its work (the sync state, the first
 * pull's progress, the outbox's count, the lookups of names): its new results are rendered as a
 * transition. `useLiveQuery` renders each new result at once in one piece, and while a first
 * pull writes, the sync state changes twice a second: a queue page rendered again for it held
 * the UI thread for 50–60 ms. A transition's render yields to input every few milliseconds, and
 * a newer result replaces one not yet shown.
 *
 * Not for what a person edits (a draft's fields): those must follow the keyboard at once.
 * Returns `initial` until the first result; a failed query throws to the error boundary, as
 * `useLiveQuery` does.
 */
export function useBackgroundQuery<T>(query: () => Promise<T> | T, deps: DependencyList): T | undefined;
export function useBackgroundQuery<T, I>(
  query: () => Promise<T> | T,
  deps: DependencyList,
  initial?: I,
): T | I | undefined {
  const [latest, setLatest] = useState<{ result: T | I | undefined; error: unknown }>({
    result: initial,
    error: null,
  });
  // The query is made again only when its inputs change, as with useLiveQuery.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const observable = useMemo(() => liveQuery(query), deps);
  useEffect(() => {
    const subscription = observable.subscribe({
      next: (result) =>
        startTransition(() =>
          setLatest((last) =>
            last.error === null && last.result === result ? last : { result, error: null },
          ),
        ),
      error: (error: unknown) => startTransition(() => setLatest((last) => ({ ...last, error }))),
    });
    return () => subscription.unsubscribe();
  }, [observable]);
  if (latest.error !== null) throw latest.error;
  return latest.result;
}
