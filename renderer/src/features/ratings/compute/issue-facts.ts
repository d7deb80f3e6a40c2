import { HOUR_MS, instantMs, moscowDayNumber } from './instants';
import { NO_ROWS, type CityReport, type RowIndex } from './row-index';
import type { RatingsIssue, RatingsRating } from './rows';
import type { WorkingTime } from './working-time';

/**
 * What the figures need to know about one issue, with the city's definitions
 * (shared/city-api.md, `GET /stats/company`, and the reference server's notes):
 * - on time: the first report reached the city no later than the deadline the issue had before
 *   any reopening, its last day included up to 23:59:59.999;
 * - overdue now: not resolved, and the current deadline has passed;
 * - returned: the moderator rejected at least one report;
 * - reopened: a resident's dispute reopened it at least once.
 */
export interface IssueFacts {
  issue: RatingsIssue;
  receivedMs: number;
  /** The Moscow day of receipt, as a day number: periods and weeks are counted in these. */
  receivedDay: number;
  /** The deadline before any reopening, which "on time" is measured against. */
  firstDeadlineMs: number;
  /** The current deadline, which "overdue now" is measured against. */
  deadlineMs: number;
  firstReport: CityReport | null;
  /** Known once the first report was sent or the first deadline passed without one; null until then. */
  onTime: boolean | null;
  overdueNow: boolean;
  resolved: boolean;
  reportCount: number;
  rejectedCount: number;
  reopened: boolean;
  clockHoursToReport: number | null;
  workingHoursToReport: number | null;
  ratings: readonly RatingsRating[];
  reportsInOutbox: number;
}

/** A deadline is written as 23:59:59 and means the whole of that second. */
const DEADLINE_GRACE_MS = 1000;

/**
 * Reopened at least once. The replica keeps the city's present state, and its timeline only
 * what this workstation saw change, so a reopening before the first sync leaves no event.
 * What remains of it: the city accepted an answer and the issue is not resolved now, or
 * another report followed the accepted one.
 */
function wasReopened(issue: RatingsIssue, reports: readonly CityReport[], seenReopened: boolean): boolean {
  if (seenReopened || issue.status === 'reopened') return true;
  // The reports are in the order they were sent: one after the first accepted is a reopening's.
  let acceptedMs: number | null = null;
  for (const report of reports) {
    if (acceptedMs !== null && report.submittedMs > acceptedMs) return true;
    if (acceptedMs === null && report.status === 'accepted') acceptedMs = report.submittedMs;
  }
  return acceptedMs !== null && issue.status !== 'resolved';
}

/**
 * A reopened issue's record carries the deadline counted from the reopening; the first one is
 * counted again from the receipt with the category's working days, as the city counts it. An
 * issue of an unknown category keeps the deadline it has.
 */
function firstDeadlineMsOf(
  issue: RatingsIssue,
  receivedMs: number,
  reopened: boolean,
  deadlineMs: number,
  index: RowIndex,
  workingTime: WorkingTime,
): number {
  if (!reopened) return deadlineMs;
  const category = index.categories.get(issue.categoryId);
  if (category === undefined) return deadlineMs;
  return workingTime.deadlineMs(receivedMs, category.slaWorkingDays);
}

/** `receivedMs` is the issue's receipt, already read by the caller to choose the period. */
export function issueFactsOf(
  issue: RatingsIssue,
  receivedMs: number,
  index: RowIndex,
  workingTime: WorkingTime,
  nowMs: number,
): IssueFacts {
  const rows = index.byIssue.get(issue.id) ?? NO_ROWS;
  const { reports } = rows;
  const deadlineMs = instantMs(issue.deadlineAt);
  const reopened = wasReopened(issue, reports, rows.seenReopened);
  const firstDeadlineMs = firstDeadlineMsOf(issue, receivedMs, reopened, deadlineMs, index, workingTime);
  const firstReport = reports[0] ?? null;
  const dueBy = firstDeadlineMs + DEADLINE_GRACE_MS;
  let onTime: boolean | null = null;
  if (firstReport !== null) onTime = firstReport.submittedMs < dueBy;
  else if (nowMs >= dueBy) onTime = false;
  const resolved = issue.status === 'resolved';
  let rejectedCount = 0;
  for (const report of reports) if (report.status === 'rejected') rejectedCount += 1;
  return {
    issue,
    receivedMs,
    receivedDay: moscowDayNumber(receivedMs),
    firstDeadlineMs,
    deadlineMs,
    firstReport,
    onTime,
    overdueNow: !resolved && nowMs > deadlineMs,
    resolved,
    reportCount: reports.length,
    rejectedCount,
    reopened,
    clockHoursToReport:
      firstReport === null ? null : Math.max(0, firstReport.submittedMs - receivedMs) / HOUR_MS,
    workingHoursToReport:
      firstReport === null ? null : workingTime.hoursBetween(receivedMs, firstReport.submittedMs),
    ratings: rows.ratings,
    reportsInOutbox: rows.reportsInOutbox,
  };
}
