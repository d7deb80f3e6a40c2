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

/** Pulls the change feed from the stored cursor to the end, page by page; returns how many changes it applied. */
export async function pullChanges(deps: PullDeps): Promise<number> {
  const { db, client } = deps;
  let total = 0;
  let cursor = (await db.getMeta('cursor')) ?? null;
  for (;;) {
    deps.signal?.throwIfAborted();
    const page = await client.changes(cursor, deps.pageSize, deps.signal);
    const applied = await applyChangePage(db, page, deps.now().toISOString());
    total += applied;
    cursor = page.cursor;
    deps.onPage?.(applied, total);
    if (!page.hasMore) return total;
    await (deps.yieldToUi ?? yieldToEventLoop)();
  }
}
