import { FEED_DEFAULT_LIMIT } from '@shared/domain';
import type { CityClient } from '../city/client';
import type { DeskDb } from '../db/database';
import { applyChangePage } from './apply';

export interface PullDeps {
  db: DeskDb;
  client: CityClient;
  now: () => Date;
  /** Lets the UI breathe between pages; a full pull of a year of issues must not freeze the screen. */
  yieldToUi?: () => Promise<void>;
  onPage?: (applied: number, total: number) => void;
  signal?: AbortSignal;
  pageSize?: number;
}

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Pulls the change feed from the stored cursor to the end, page by page; returns how many
 * changes it applied. The next page is fetched while the current one is being written, so
 * the network and IndexedDB work side by side; each page is still applied in order.
 */
export async function pullChanges(deps: PullDeps): Promise<number> {
  const { db, client } = deps;
  let total = 0;
  // 500 changes a page (the city's default): small enough that parsing and writing a page
  // never holds the UI thread for long, large enough that round trips stay few.
  const pageSize = deps.pageSize ?? FEED_DEFAULT_LIMIT;
  const fetchPage = (cursor: string | null) => client.changes(cursor, pageSize, deps.signal);
  const cursor = (await db.getMeta('cursor')) ?? null;
  // An empty replica with nothing written here yet: the fast path of applyChangePage.
  const firstPull = cursor === null && (await db.outbox.count()) === 0 && (await db.reports.count()) === 0;
  let next = fetchPage(cursor);
  for (;;) {
    deps.signal?.throwIfAborted();
    const page = await next;
    if (page.hasMore) {
      next = fetchPage(page.cursor);
      // A failure of the prefetch is reported when it is awaited, not as an unhandled rejection.
      next.catch(() => undefined);
    }
    const applied = await applyChangePage(db, page, deps.now().toISOString(), { firstPull });
    total += applied;
    deps.onPage?.(applied, total);
    if (!page.hasMore) return total;
    await (deps.yieldToUi ?? yieldToEventLoop)();
  }
}
