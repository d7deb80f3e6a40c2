import { ISSUES_MAX_LIMIT, type Issue, type IssuePage } from '@shared/domain';
import type { CityClient } from '../city/client';
import { CityError } from '../city/errors';
import type { DeskDb } from '../db/database';
import type { FirstPullState, IssueRecord } from '../db/records';
import { issuesToReadBack, newerIssueRecord, putRows, writeChunk } from './apply';

/**
 * Writes a page of the open work (GET /issues) and where the open work resumes, in one
 * transaction. Of two copies of an issue the higher `rev` wins, as in the feed: a copy here
 * that is as new (a resumed pull) or newer (our own PATCH answered) stays, with any local
 * change on top. Only what may be here is read back: the issues `present` when the open work
 * began and those changed here since (pages never repeat an issue). Returns how many it wrote.
 */
export async function applyOpenWorkPage(
  db: DeskDb,
  issues: readonly Issue[],
  state: FirstPullState,
  present: ReadonlySet<string> = new Set(),
): Promise<number> {
  return db.transaction('rw', db.issues, db.outbox, db.meta, async () => {
    const ids = await issuesToReadBack(
      db,
      issues.map((issue) => issue.id),
      present,
    );
    const existing = new Map<string, IssueRecord>();
    (await db.issues.bulkGet(ids)).forEach((record) => {
      if (record) existing.set(record.id, record);
    });
    const records: IssueRecord[] = [];
    for (const issue of issues) {
      const record = newerIssueRecord(issue, existing.get(issue.id));
      if (record) records.push(record);
    }
    // One call: the replica holds little more than this page yet, so screens lose nothing
    // by reading it again whole.
    await putRows(db.issues, records, writeChunk(false));
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

const FIRST_PAGE_SIZE = 200;

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
  const fetchAfter = (after: string | null, size = limit): Promise<IssuePage> =>
    client.issues({ after, limit: size, ...(deps.signal ? { signal: deps.signal } : {}) });

  let current = state;
  // A short first page puts the first rows on screen sooner; the rest come in the largest pages.
  let next: Promise<IssuePage> | null = fetchAfter(current.openAfter, Math.min(limit, FIRST_PAGE_SIZE));
  // A first pull into an empty replica reads nothing back; a resumed one, what it left.
  const present = new Set((await db.issues.toCollection().primaryKeys()).map(String));
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
    const written = await applyOpenWorkPage(db, page.issues, current, present);
    await deps.onPage?.(current, written);
  }
  return current;
}
