import { useEffect, useState } from 'react';

/**
 * The current time, moving on every `stepMs`: countdowns and "overdue now" follow the clock
 * without re-rendering the queue more than once a minute.
 */
export function useNow(stepMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs]);
  return now;
}
