import { ISSUES_MAX_LIMIT, type Issue, type IssuePage } from '@shared/domain';
import type { CityClient } from '../city/client';
import { CityError } from '../city/errors';
import type { DeskDb } from '../db/database';
import type { FirstPullState, IssueRecord } from '../db/records';
import { newerIssueRecord, putRows } from './apply';

/**
 * Writes a page of the open work (GET /issues) and where the open work resumes, in one
 * transaction. Of two copies of an issue the higher `rev` wins, as in the feed: a copy here
 * that is as new (a resumed pull) or newer (our own PATCH answered) stays, with any local
 * change on top. Returns how many issues it wrote.
 */
export async function applyOpenWorkPage(
  db: DeskDb,
  issues: readonly Issue[],
  state: FirstPullState,
): Promise<number> {
  return db.transaction('rw', db.issues, db.meta, async () => {
    const existing = await db.issues.bulkGet(issues.map((issue) => issue.id));
    const records: IssueRecord[] = [];
    issues.forEach((issue, index) => {
      const record = newerIssueRecord(issue, existing[index]);
      if (record) records.push(record);
    });
    // One call: the replica holds little more than this page yet, so screens lose nothing
    // by reading it again whole.
    await putRows(db.issues, records, false);
    await db.meta.put({ key: 'firstPull', value: state });
    return records.length;
  });
}

export interface OpenWorkDeps {
  db: DeskDb;
  client: CityClient;
  signal?: AbortSignal;
  pageSize?: number;
  /** After each page is written, with the state written with it. */
  onPage?: (state: FirstPullState, written: number) => void | Promise<void>;
}

/** A city that does not have GET /issues (an older one) is pulled through the feed alone. */
const lacksOpenWorkCall = (error: unknown): boolean =>
  error instanceof CityError && (error.status === 404 || error.status === 405 || error.status === 501);

/**
 * Takes the company's open issues page by page, straight into the replica, the next page
 * fetched while the current one is written; resumes after `state.openAfter`. Returns the
 * state with the stage moved on to the history, as written with the last page.
 */
export async function pullOpenWork(deps: OpenWorkDeps, state: FirstPullState): Promise<FirstPullState> {
  const { db, client } = deps;
  const limit = deps.pageSize ?? ISSUES_MAX_LIMIT;
  const fetchAfter = (after: string | null): Promise<IssuePage> =>
    client.issues({ after, limit, ...(deps.signal ? { signal: deps.signal } : {}) });

  let current = state;
  let next: Promise<IssuePage> | null = fetchAfter(current.openAfter);
  while (next !== null) {
    let page: IssuePage;
    try {
      page = await next;
    } catch (error) {
      if (!lacksOpenWorkCall(error)) throw error;
      page = { issues: [], next: null };
    }
    // The next page is on its way while this one is written; its failure waits for the loop.
    next = page.next === null ? null : fetchAfter(page.next);
    next?.catch(() => undefined);
    current = {
      ...current,
      stage: page.next === null ? 'history' : 'open_work',
      openAfter: page.next,
      openIssues: current.openIssues + page.issues.length,
    };
    const written = await applyOpenWorkPage(db, page.issues, current);
    await deps.onPage?.(current, written);
  }
  return current;
}
