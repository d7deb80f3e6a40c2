// The contract's login limit: from the 6th failure within a minute for one login, answer
// 429 without checking the password, until the minute has passed. Kept in memory: a
// restart forgets it, which is harmless for a limit measured in seconds.

export const FAILURES_ALLOWED_PER_WINDOW = 5;
export const FAILURE_WINDOW_MS = 60_000;
const MAX_TRACKED_LOGINS = 10_000;

export class LoginRateLimit {
  private readonly failures = new Map<string, number[]>();

  private recentFailures(login: string, nowMs: number): number[] {
    const recent = (this.failures.get(login) ?? []).filter((at) => at > nowMs - FAILURE_WINDOW_MS);
    if (recent.length === 0) this.failures.delete(login);
    else this.failures.set(login, recent);
    return recent;
  }

  /** Seconds until the login may try again, or 0 when it may try now. */
  retryAfterSeconds(login: string, nowMs: number): number {
    const recent = this.recentFailures(login, nowMs);
    if (recent.length < FAILURES_ALLOWED_PER_WINDOW) return 0;
    // The window frees up when the oldest failure that keeps it full turns a minute old.
    const blockingFailure = recent[recent.length - FAILURES_ALLOWED_PER_WINDOW] ?? nowMs;
    return Math.max(1, Math.ceil((blockingFailure + FAILURE_WINDOW_MS - nowMs) / 1000));
  }

  recordFailure(login: string, nowMs: number): void {
    this.failures.set(login, [...this.recentFailures(login, nowMs), nowMs]);
    // Guessing many logins must not grow the map without end: drop what the window forgot.
    if (this.failures.size > MAX_TRACKED_LOGINS) {
      for (const known of [...this.failures.keys()]) this.recentFailures(known, nowMs);
    }
  }
}
