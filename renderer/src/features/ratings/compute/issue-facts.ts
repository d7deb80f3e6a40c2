import { DECIDED, ON_TIME, OVERDUE } from './figures';
import { cityReportAt, type CityReport, type RowIndex } from './row-index';
import { issueState } from './period-issues';
import type { RatingsIssue, RatingsRating } from './rows';

/**
 * One issue's facts as one object, for the CSV and for reading a case: the figures themselves
 * read the issue table's columns (issue-table.ts has the definitions), and these are those
 * columns at one position, with what "now" decides:
 * - overdue now: not resolved, and the current deadline has passed;
 * - on time: known once the first report was sent or the first deadline passed without one.
 */
export interface IssueFacts {
  /** The issue's position in the rows (and in the issue table). */
  position: number;
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

/** The ratings of the issue at `position`, in the replica's order. */
export function ratingsAt(index: RowIndex, position: number): RatingsRating[] {
  const { table, rows } = index;
  const slot = table.slot[position] ?? 0;
  const ratings: RatingsRating[] = [];
  for (let at = table.ratingStart[slot] ?? 0; at < (table.ratingStart[slot + 1] ?? 0); at += 1) {
    const rating = rows.ratings[table.ratingOrder[at] ?? 0];
    if (rating !== undefined) ratings.push(rating);
  }
  return ratings;
}

/** The facts of the issue at `position` of the rows the index was built from. */
export function issueFactsOf(index: RowIndex, position: number, nowMs: number): IssueFacts {
  const { table, rows } = index;
  const issue = rows.issues[position];
  if (issue === undefined) throw new Error(`no issue at ${position}`);
  const state = issueState(table, position, nowMs);
  const first = table.firstReport[position] ?? -1;
  return {
    position,
    issue,
    receivedMs: table.receivedMs[position] ?? 0,
    receivedDay: table.receivedDay[position] ?? 0,
    firstDeadlineMs: table.firstDeadlineMs[position] ?? 0,
    deadlineMs: table.deadlineMs[position] ?? 0,
    firstReport: first < 0 ? null : cityReportAt(index, first),
    onTime: (state & DECIDED) === 0 ? null : (state & ON_TIME) !== 0,
    overdueNow: (state & OVERDUE) !== 0,
    resolved: table.resolved[position] === 1,
    reportCount: table.reportCount[position] ?? 0,
    rejectedCount: table.rejectedCount[position] ?? 0,
    reopened: table.reopened[position] === 1,
    clockHoursToReport: first < 0 ? null : (table.clockHoursToReport[position] ?? 0),
    workingHoursToReport: first < 0 ? null : (table.workingHoursToReport[position] ?? 0),
    ratings: ratingsAt(index, position),
    reportsInOutbox: table.reportsInOutbox[table.slot[position] ?? 0] ?? 0,
  };
}
