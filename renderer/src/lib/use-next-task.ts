import { startTransition, useEffect, useState } from 'react';

/**
 * False in the first commit, true from a task after it: what is rendered behind it is built in
 * a task of its own, so that a first screen made of a shell and a heavy page is two shorter
 * tasks rather than one long one the person cannot interrupt. The second is a transition, so
 * React yields inside it to input as well.
 */
export function useNextTask(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setReady(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready;
}
