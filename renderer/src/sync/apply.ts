import type { ChangePage, Issue, Report } from '@shared/domain';
import type { DeskDb } from '../db/database';
import type { IssueEventRecord, IssueRecord, NewIssueEvent, ReportRecord } from '../db/records';

export function toIssueRecord(issue: Issue, previous: IssueRecord | undefined): IssueRecord {
  const record: IssueRecord = { ...issue, assigneeKey: issue.assigneeId ?? '' };
  // A local change the city has not answered for yet stays on top of whatever the city sends.
  if (previous?.pending) record.pending = previous.pending;
  return record;
}

/**
 * Of two copies of an issue the one with the higher `rev` wins: the record to write for the
 * city's `issue`, or null when the replica's copy is as new or newer (the answer to our own
 * PATCH, or the open work that arrived before the feed's older copies).
 */
export function newerIssueRecord(issue: Issue, previous: IssueRecord | undefined): IssueRecord | null {
  if (previous && previous.rev >= issue.rev) return null;
  return toIssueRecord(issue, previous);
}

/** What changed between two versions of an issue, as timeline events. */
export function issueEvents(previous: Issue | undefined, next: Issue, at: string): NewIssueEvent[] {
  const event = (kind: IssueEventRecord['kind'], from: string | null, to: string | null): NewIssueEvent => ({
    issueId: next.id,
    kind,
    at,
    from,
    to,
    rev: next.rev,
  });
  // The first sight of an issue needs no event: its receipt is on the issue itself.
  if (!previous) return [];
  const events: NewIssueEvent[] = [];
  if (previous.status !== next.status) events.push(event('status', previous.status, next.status));
  if (previous.assigneeId !== next.assigneeId)
    events.push(event('assignee', previous.assigneeId, next.assigneeId));
  if (previous.priority !== next.priority) events.push(event('priority', previous.priority, next.priority));
  if (previous.deadlineAt !== next.deadlineAt)
    events.push(event('deadline', previous.deadlineAt, next.deadlineAt));
  return events;
}

export function mergeCityReport(report: Report, local: ReportRecord | undefined): ReportRecord {
  return {
    clientReportId: report.clientReportId,
    issueId: report.issueId,
    authorId: report.authorId,
    text: report.text,
    photos: report.photos,
    completedAt: report.completedAt,
    // The city has it: whatever was queued here is now sent; a report from elsewhere has no local state.
    localState: local ? 'sent' : null,
    updatedAt: report.decidedAt ?? report.submittedAt,
    ...(local?.basedOn ? { basedOn: local.basedOn } : {}),
    // What only this workstation knows: the report was written once for a cluster.
    ...(local?.cluster ? { cluster: local.cluster } : {}),
    ...(local?.clusterOf ? { clusterOf: local.clusterOf } : {}),
    id: report.id,
    status: report.status,
    submittedAt: report.submittedAt,
    moderatorComment: report.moderatorComment,
    decidedAt: report.decidedAt,
    rev: report.rev,
  };
}

/**
 * Dexie tells live queries (and the queue's index) exactly which rows a write touched only
 * when one call writes fewer than 50 rows; a larger call is reported as "the whole table
 * changed", which makes every open screen re-read everything. So after the first pull rows
 * go in by 49s, all in the caller's transaction. The first pull into an empty replica writes
 * in one call: there is nothing on screen to keep precise, and it is a third faster.
 */
const PRECISE_WRITE = 49;
/**
 * Larger writes still go in calls of at most this many rows: a call clones every row on the
 * UI thread before it returns, and a first pull's thousand reports in one call held it for
 * over 50 ms; between calls the transaction waits on IndexedDB and the screen gets a turn.
 */
const BULK_WRITE = 200;

/** Rows a write call takes: fewer than 50 when screens must hear which, all of them in a worker. */
export function writeChunk(precise: boolean, offUiThread = false): number {
  return precise ? PRECISE_WRITE : offUiThread ? Infinity : BULK_WRITE;
}

/** Writes `rows` in calls of at most `chunk` rows, in the caller's transaction. */
export async function putRows<T>(
  table: { bulkPut(rows: readonly T[]): Promise<unknown> },
  rows: readonly T[],
  chunk: number,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await table.bulkPut(rows.slice(start, start + chunk));
  }
}

export interface ApplyOptions {
  /**
   * The first pull's history: the feed from its beginning, whose later copies of an issue are
   * always newer than its earlier ones. Only what may hold something newer or local is read
   * back before writing: the issues in `present`, those with a change in the outbox and the
   * reports written here; the rest is written as it comes. No timeline events are made (their
   * time would be the pull's, not the change's; the receipt, reports and ratings carry their own).
   */
  firstPull?: boolean;
  /** With `firstPull`: the issues the replica held when this history began (the open work). */
  present?: ReadonlySet<string>;
  /**
   * Write issues in calls of fewer than 50 rows so screens hear which changed (the queue's
   * index reads again only those); default: not on a first pull. Reports and ratings of a
   * first pull's history go in whole: nothing keeps an index of them, and they are most of it.
   */
  precise?: boolean;
  /**
   * The writer is a worker (the pull's): a call's cloning holds no screen, so what is not
   * precise goes in one call a table.
   */
  offUiThread?: boolean;
}

/**
 * Of a first pull's issues, those that may already be here with something newer or local:
 * the ones `present` when it began, and those changed here since (every local change has an
 * outbox row). Call inside a transaction that includes the outbox.
 */
export async function issuesToReadBack(
  db: DeskDb,
  issueIds: Iterable<string>,
  present: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const changedHere = new Set((await db.outbox.orderBy('issueId').uniqueKeys()).map(String));
  return [...issueIds].filter((id) => present.has(id) || changedHere.has(id));
}

/** The keys worth reading back before a write: all of them, or on a first pull those that may be here. */
async function keysToReadBack(
  db: DeskDb,
  issueIds: ReadonlySet<string>,
  reportIds: ReadonlySet<string>,
  options: ApplyOptions,
): Promise<{ issues: string[]; reports: string[] }> {
  if (options.firstPull !== true) return { issues: [...issueIds], reports: [...reportIds] };
  // IndexedDB does not index null: this index holds exactly the reports written here.
  const writtenHere = new Set((await db.reports.orderBy('localState').primaryKeys()).map(String));
  return {
    issues: await issuesToReadBack(db, issueIds, options.present),
    reports: [...reportIds].filter((id) => writtenHere.has(id)),
  };
}

/**
 * Writes a page of the change feed (or consecutive pages joined) and its cursor in one transaction: a crash leaves
 * either the whole page and its cursor or neither, so the next pull resumes exactly here.
 * `seenAt` stamps the timeline events of changes whose own time the feed does not carry.
 */
export async function applyChangePage(
  db: DeskDb,
  page: ChangePage,
  seenAt: string,
  options: ApplyOptions = {},
): Promise<number> {
  const firstPull = options.firstPull === true;
  const issueIds = new Set<string>();
  const reportIds = new Set<string>();
  for (const change of page.changes) {
    if (change.kind === 'issue') issueIds.add(change.issue.id);
    else if (change.kind === 'issue_removed') issueIds.add(change.id);
    else if (change.kind === 'report') reportIds.add(change.report.clientReportId);
  }

  const precise = options.precise ?? !firstPull;
  const offUiThread = options.offUiThread === true;

  await db.transaction(
    'rw',
    [db.issues, db.issueEvents, db.reports, db.ratings, db.staff, db.categories, db.meta, db.outbox],
    async () => {
      const { issues: ids, reports: reportKeys } = await keysToReadBack(db, issueIds, reportIds, options);
      const existing = new Map<string, IssueRecord>();
      (await db.issues.bulkGet(ids)).forEach((record, index) => {
        const id = ids[index];
        if (record && id !== undefined) existing.set(id, record);
      });
      const existingReports = new Map<string, ReportRecord>();
      (await db.reports.bulkGet(reportKeys)).forEach((record, index) => {
        const key = reportKeys[index];
        if (record && key !== undefined) existingReports.set(key, record);
      });

      const issues = new Map<string, IssueRecord>();
      const removed = new Set<string>();
      const events: NewIssueEvent[] = [];
      const reports = new Map<string, ReportRecord>();
      const ratings = [];
      const staff = [];
      const categories = [];

      for (const change of page.changes) {
        switch (change.kind) {
          case 'issue': {
            const previous = issues.get(change.issue.id) ?? existing.get(change.issue.id);
            const record = newerIssueRecord(change.issue, previous);
            if (record === null) break;
            if (!firstPull) events.push(...issueEvents(previous, change.issue, seenAt));
            issues.set(change.issue.id, record);
            removed.delete(change.issue.id);
            break;
          }
          case 'issue_removed': {
            const previous = issues.get(change.id) ?? existing.get(change.id);
            if (previous && !firstPull)
              events.push({
                issueId: change.id,
                kind: 'removed',
                at: seenAt,
                from: previous.status,
                to: null,
                rev: previous.rev,
              });
            issues.delete(change.id);
            removed.add(change.id);
            break;
          }
          case 'report': {
            const key = change.report.clientReportId;
            const local = reports.get(key) ?? existingReports.get(key);
            if (local?.rev !== undefined && local.rev >= change.report.rev) break;
            reports.set(key, mergeCityReport(change.report, local?.localState ? local : undefined));
            break;
          }
          case 'rating':
            ratings.push(change.rating);
            break;
          case 'staff':
            staff.push(change.staff);
            break;
          case 'category':
            categories.push(change.category);
            break;
        }
      }

      if (issues.size > 0) await putRows(db.issues, [...issues.values()], writeChunk(precise, offUiThread));
      if (removed.size > 0) {
        const gone = [...removed];
        await db.issues.bulkDelete(gone);
        // The city's reports and ratings of a withdrawn issue go with it; reports written here stay.
        await db.reports
          .where('issueId')
          .anyOf(gone)
          .and((report) => report.localState === null)
          .delete();
        await db.ratings.where('issueId').anyOf(gone).delete();
      }
      if (events.length > 0) await db.issueEvents.bulkAdd(events);
      const historyChunk = writeChunk(!firstPull, offUiThread);
      if (reports.size > 0) await putRows(db.reports, [...reports.values()], historyChunk);
      if (ratings.length > 0) await putRows(db.ratings, ratings, historyChunk);
      if (staff.length > 0) await db.staff.bulkPut(staff);
      if (categories.length > 0) await db.categories.bulkPut(categories);
      await db.meta.put({ key: 'cursor', value: page.cursor });
    },
  );
  return page.changes.length;
}
