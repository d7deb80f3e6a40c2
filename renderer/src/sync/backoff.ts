export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/** About 1 s doubling to about 5 min: quick while the network flickers, gentle on a city that is down. */
export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

/**
 * "Full jitter" (AWS architecture blog): a random delay in [0, min(cap, base·2^attempt)), so
 * a hundred workstations coming back online do not all knock at the same moment. The city's
 * own Retry-After is a floor.
 */
export function backoffDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterMs: number | null = null,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs === null ? jittered : Math.max(jittered, retryAfterMs);
}
