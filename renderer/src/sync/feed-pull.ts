import { FEED_DEFAULT_LIMIT, type ChangePage } from '@shared/domain';
import type { CityClient } from '../city/client';
import type { DeskDb } from '../db/database';
import { applyChangePage, type ApplyOptions } from './apply';

export interface FeedPullDeps {
  db: DeskDb;
  client: CityClient;
  now: () => Date;
  /** Lets the UI breathe between pages; a full pull of a year of issues must not freeze the screen. */
  yieldToUi?: () => Promise<void>;
  signal?: AbortSignal;
  pageSize?: number;
  /**
   * The database announces its writes with the issues' keys (`announceWrites`, the pull
   * worker's): screens lose nothing by writes in the largest calls, which Dexie would report
   * as "everything changed".
   */
  writesAnnounced?: boolean;
}

export interface FeedPullHooks {
  /** How each batch is written (see ApplyOptions). */
  applyOptions: ApplyOptions;
  /** After each batch is written, with the changes applied so far. */
  onBatch?: (batch: ChangePage, total: number) => void | Promise<void>;
}

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Pages fetched ahead of the writer, and how many of them one transaction may take. */
const PAGES_AHEAD = 4;
const PAGES_PER_TRANSACTION = 4;

/** Consecutive pages as one: the feed never splits a change, so their concatenation is a valid page. */
export function joinPages(pages: readonly ChangePage[]): ChangePage {
  const last = pages.at(-1);
  if (!last) throw new Error('joinPages needs at least one page');
  return { changes: pages.flatMap((page) => page.changes), cursor: last.cursor, hasMore: last.hasMore };
}

/**
 * Pulls the change feed from `cursor` to the end; returns how many changes it applied. A
 * fetcher runs ahead of the writer (the network and IndexedDB work side by side), and the
 * writer applies whatever pages have arrived, up to four, in one transaction with the last
 * one's cursor: data and cursor always move together, so a crash or a lost network resumes
 * exactly after the last batch written, and a slow network still gets each page written as
 * soon as it arrives.
 */
export async function pullFeed(
  deps: FeedPullDeps,
  cursor: string | null,
  hooks: FeedPullHooks,
): Promise<number> {
  const { db, client } = deps;
  // 500 changes a page (the city's default): small enough that parsing a page never holds
  // the UI thread for long, large enough that round trips stay few.
  const pageSize = deps.pageSize ?? FEED_DEFAULT_LIMIT;

  const buffer: ChangePage[] = [];
  let fetched = false;
  let fetchError: unknown = null;
  // Who is waiting for whom: the writer for a page, the fetcher for room in the buffer.
  const waiting: { writer: (() => void) | null; fetcher: (() => void) | null } = {
    writer: null,
    fetcher: null,
  };
  const wake = (who: 'writer' | 'fetcher') => {
    waiting[who]?.();
    waiting[who] = null;
  };

  const fetcher = (async () => {
    let next = cursor;
    try {
      for (;;) {
        while (buffer.length >= PAGES_AHEAD)
          await new Promise<void>((resolve) => (waiting.fetcher = resolve));
        deps.signal?.throwIfAborted();
        const page = await client.changes(next, pageSize, deps.signal);
        buffer.push(page);
        wake('writer');
        if (!page.hasMore) return;
        next = page.cursor;
      }
    } catch (error) {
      fetchError = error;
    } finally {
      fetched = true;
      wake('writer');
    }
  })();

  let total = 0;
  for (;;) {
    while (buffer.length === 0 && !fetched) await new Promise<void>((resolve) => (waiting.writer = resolve));
    if (buffer.length === 0) {
      await fetcher;
      // What arrived before the failure is written; the failure is reported now.
      if (fetchError !== null) throw fetchError;
      return total;
    }
    const batch = joinPages(buffer.splice(0, PAGES_PER_TRANSACTION));
    wake('fetcher');
    total += await applyChangePage(db, batch, deps.now().toISOString(), hooks.applyOptions);
    await hooks.onBatch?.(batch, total);
    await (deps.yieldToUi ?? yieldToEventLoop)();
  }
}
