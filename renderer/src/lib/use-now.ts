import { startTransition, useEffect, useState } from 'react';

/**
 * The current time, moving on every `stepMs`: countdowns, "overdue now" and "this week"
 * follow the clock while a screen is open, without re-rendering it more than once a step.
 * A step is rendered as a transition: a queue of 85,000 issues works its countdowns and views
 * out again at each, and that render yields to the person's input.
 */
export function useNow(stepMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => startTransition(() => setNow(Date.now())), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs]);
  return now;
}
