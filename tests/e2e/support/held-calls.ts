import type { Page, Route } from '@playwright/test';

/**
 * Holds the page's GET calls to one path of the city API until the journey lets them go: a
 * first pull made as slow as a journey needs, step by step, with no timings. Each call let go
 * reaches the real city; what is held waits (a call held past the client's own timeout is
 * tried again by the engine, and that try is held the same way).
 */
export class HeldCalls {
  private readonly waiting: Route[] = [];
  private allowance = 0;

  private constructor(private readonly path: string) {}

  /** Starts holding the page's calls to `/api/v1<path>` (e.g. '/changes'). */
  static async on(page: Page, path: string): Promise<HeldCalls> {
    const held = new HeldCalls(`/api/v1${path}`);
    await page.route(
      (url) => url.pathname === held.path,
      (route) => held.arrived(route),
    );
    return held;
  }

  /** Lets the next `count` calls through (those waiting now first). */
  release(count = 1): void {
    this.allowance += count;
    this.drain();
  }

  /** Lets every call through from now on. */
  releaseAll(): void {
    this.release(Infinity);
  }

  private arrived(route: Route): void {
    if (route.request().method() !== 'GET') {
      void route.continue().catch(() => undefined);
      return;
    }
    this.waiting.push(route);
    this.drain();
  }

  private drain(): void {
    while (this.allowance > 0 && this.waiting.length > 0) {
      const route = this.waiting.shift();
      this.allowance -= 1;
      // A call the page gave up on (its timeout) cannot be continued; the engine tries again.
      void route?.continue().catch(() => undefined);
    }
  }
}
