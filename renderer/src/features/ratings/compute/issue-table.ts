import { HOUR_MS, instantMs, moscowDayNumber } from './instants';
import { IdSlots } from './id-slots';
import { ACCEPTED, joinRatings, joinReports, seenReopenedOf, type JoinedReports } from './row-joins';
import type { RatingsCategory, RatingsIssue, RatingsRows } from './rows';
import type { WorkingTime } from './working-time';

/**
 * What the figures need to know about each issue that depends neither on the period nor on
 * "now", with the city's definitions (shared/city-api.md, `GET /stats/company`, and the
 * reference server's notes), worked out once per load of the replica and kept in typed arrays
 * by the issue's position in `rows.issues`: a year of 100,000 issues is then a few flat arrays
 * instead of 100,000 objects, and choosing another period reads them without parsing a date.
 * - on time: the first report reached the city no later than the deadline the issue had before
 *   any reopening, its last day included up to 23:59:59.999;
 * - returned: the moderator rejected at least one report;
 * - reopened: a resident's dispute reopened it at least once.
 * The issue's city reports and ratings are joined to it through its id; issues sharing an id
 * share them (a "slot" per distinct id).
 */
export interface IssueTable {
  size: number;
  /** The slot of each issue: the rows joined to it through its id. */
  slot: Int32Array;
  receivedMs: Float64Array;
  /** The Moscow day of receipt, as a day number: weeks are counted in these. */
  receivedDay: Int32Array;
  /** The current deadline, which "overdue now" is measured against. */
  deadlineMs: Float64Array;
  /** The deadline before any reopening, which "on time" is measured against. */
  firstDeadlineMs: Float64Array;
  /** The first city report's position in `rows.reports`; -1 for none. */
  firstReport: Int32Array;
  /** When the city received the first report; NaN for none. */
  firstReportMs: Float64Array;
  reportCount: Int32Array;
  rejectedCount: Int32Array;
  /** 1 when the issue is resolved now. */
  resolved: Uint8Array;
  reopened: Uint8Array;
  clockHoursToReport: Float64Array;
  workingHoursToReport: Float64Array;
  /** Reports written here that the city has not acknowledged yet, by slot. */
  reportsInOutbox: Int32Array;
  /** A slot's city reports in the order they were sent: `reportOrder[reportStart[s] … reportStart[s + 1])`, positions in `rows.reports`. */
  reportStart: Int32Array;
  reportOrder: Int32Array;
  /** When the city received each report, by position in `rows.reports` (NaN for reports the city does not have). */
  reportMs: Float64Array;
  /** The slot of each report that is an accepted decision, -1 for the others (row-joins.ts). */
  decisionSlot: Int32Array;
  /** A slot's ratings in the replica's order: `ratingOrder[ratingStart[s] … ratingStart[s + 1])`, positions in `rows.ratings`. */
  ratingStart: Int32Array;
  ratingOrder: Int32Array;
  /** The score of each entry of `ratingOrder`, 0 when it is not a score from 1 to 5. */
  ratingScore: Uint8Array;
}

/** A deadline is written as 23:59:59 and means the whole of that second. */
export const DEADLINE_GRACE_MS = 1000;

/**
 * Reopened at least once. The replica keeps the city's present state, and its timeline only
 * what this workstation saw change, so a reopening before the first sync leaves no event.
 * What remains of it: the city accepted an answer and the issue is not resolved now, or
 * another report followed the accepted one (the reports are in the order they were sent).
 */
function wasReopened(issue: RatingsIssue, joined: JoinedReports, slot: number, seen: boolean): boolean {
  if (seen || issue.status === 'reopened') return true;
  let acceptedMs: number | null = null;
  for (let at = joined.reportStart[slot] ?? 0; at < (joined.reportStart[slot + 1] ?? 0); at += 1) {
    const report = joined.reportOrder[at] ?? 0;
    const submittedMs = joined.reportMs[report] ?? 0;
    if (acceptedMs !== null && submittedMs > acceptedMs) return true;
    if (acceptedMs === null && joined.reportStatus[report] === ACCEPTED) acceptedMs = submittedMs;
  }
  return acceptedMs !== null && issue.status !== 'resolved';
}

/** The table of the replica's rows; `categories` by id, for the first deadlines of reopened issues. */
export function buildIssueTable(
  rows: RatingsRows,
  categories: ReadonlyMap<string, RatingsCategory>,
  workingTime: WorkingTime,
): IssueTable {
  const ids = new IdSlots(rows.issues);
  const slot = ids.ofIssue;
  // Slots are positions: those of issues sharing an id (never in a replica) stay empty.
  const size = rows.issues.length;
  const reports = joinReports(rows.reports, ids, size);
  const seenReopened = seenReopenedOf(rows.events, ids, size);
  const table: IssueTable = {
    size,
    slot,
    receivedMs: new Float64Array(size),
    receivedDay: new Int32Array(size),
    deadlineMs: new Float64Array(size),
    firstDeadlineMs: new Float64Array(size),
    firstReport: new Int32Array(size),
    firstReportMs: new Float64Array(size),
    reportCount: new Int32Array(size),
    rejectedCount: new Int32Array(size),
    resolved: new Uint8Array(size),
    reopened: new Uint8Array(size),
    clockHoursToReport: new Float64Array(size),
    workingHoursToReport: new Float64Array(size),
    reportsInOutbox: reports.reportsInOutbox,
    reportStart: reports.reportStart,
    reportOrder: reports.reportOrder,
    reportMs: reports.reportMs,
    decisionSlot: reports.decisionSlot,
    ...joinRatings(rows.ratings, ids, size),
  };
  for (let position = 0; position < size; position += 1) {
    const issue = rows.issues[position];
    if (issue !== undefined)
      fillIssueFacts(table, position, issue, reports, seenReopened, categories, workingTime);
  }
  return table;
}

/** Fills the per-issue columns at one position from the joined rows. */
function fillIssueFacts(
  table: IssueTable,
  position: number,
  issue: RatingsIssue,
  reports: JoinedReports,
  seenReopened: Uint8Array,
  categories: ReadonlyMap<string, RatingsCategory>,
  workingTime: WorkingTime,
): void {
  const slot = table.slot[position] ?? 0;
  const receivedMs = instantMs(issue.receivedAt);
  const deadlineMs = instantMs(issue.deadlineAt);
  const reopened = wasReopened(issue, reports, slot, seenReopened[slot] === 1);
  // A reopened issue's record carries the deadline counted from the reopening; the first one
  // is counted again from the receipt with the category's working days, as the city counts
  // it. An issue of an unknown category keeps the deadline it has.
  const category = reopened ? categories.get(issue.categoryId) : undefined;
  const from = reports.reportStart[slot] ?? 0;
  const to = reports.reportStart[slot + 1] ?? 0;
  const first = from < to ? (reports.reportOrder[from] ?? 0) : -1;
  const firstMs = first < 0 ? Number.NaN : (reports.reportMs[first] ?? 0);
  table.receivedMs[position] = receivedMs;
  table.receivedDay[position] = moscowDayNumber(receivedMs);
  table.deadlineMs[position] = deadlineMs;
  table.firstDeadlineMs[position] =
    category === undefined ? deadlineMs : workingTime.deadlineMs(receivedMs, category.slaWorkingDays);
  table.firstReport[position] = first;
  table.firstReportMs[position] = firstMs;
  table.reportCount[position] = to - from;
  table.rejectedCount[position] = reports.rejectedBySlot[slot] ?? 0;
  table.resolved[position] = issue.status === 'resolved' ? 1 : 0;
  table.reopened[position] = reopened ? 1 : 0;
  table.clockHoursToReport[position] = first < 0 ? Number.NaN : Math.max(0, firstMs - receivedMs) / HOUR_MS;
  table.workingHoursToReport[position] =
    first < 0 ? Number.NaN : workingTime.hoursBetween(receivedMs, firstMs);
}
