import { useEffect, useState } from 'react';

/**
 * The current time, moving on every `stepMs`: countdowns, "overdue now" and "this week"
 * follow the clock while a screen is open, without re-rendering it more than once a step.
 */
export function useNow(stepMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs]);
  return now;
}
