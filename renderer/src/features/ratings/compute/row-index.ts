import { instantMs } from './instants';
import type { RatingsCategory, RatingsRating, RatingsReport, RatingsRows, RatingsStaff } from './rows';

/** A report the city has: it has an id, a status and the time the city received it. */
export interface CityReport {
  report: RatingsReport;
  id: string;
  status: NonNullable<RatingsReport['status']>;
  submittedMs: number;
}

/** Everything the replica holds about one issue besides the issue itself. */
export interface IssueRows {
  /** The city's reports, in the order they were sent. */
  reports: CityReport[];
  ratings: RatingsRating[];
  /** Reports written here that the city has not acknowledged yet. */
  reportsInOutbox: number;
  /** This workstation saw the issue move to "reopened". */
  seenReopened: boolean;
}

/**
 * The rows arranged by issue, built once per load of the replica (the worker keeps it while
 * the screen changes period). One map for all of an issue's rows: joining a year of reports
 * and ratings to their issues is most of the cost of the figures, and each lookup of an id counts.
 */
export interface RowIndex {
  byIssue: ReadonlyMap<string, IssueRows>;
  categories: ReadonlyMap<string, RatingsCategory>;
  staff: ReadonlyMap<string, RatingsStaff>;
}

// Shared empty lists, replaced by an issue's own on its first report or rating, never pushed to:
// most issues have no rating, and a year's worth of empty arrays is work for the collector.
const NO_REPORTS: CityReport[] = [];
const NO_RATINGS: RatingsRating[] = [];
export const NO_ROWS: IssueRows = {
  reports: NO_REPORTS,
  ratings: NO_RATINGS,
  reportsInOutbox: 0,
  seenReopened: false,
};

export function indexRows(rows: RatingsRows): RowIndex {
  const byIssue = new Map<string, IssueRows>();
  const rowsOf = (issueId: string): IssueRows => {
    let found = byIssue.get(issueId);
    if (found === undefined) {
      found = { reports: NO_REPORTS, ratings: NO_RATINGS, reportsInOutbox: 0, seenReopened: false };
      byIssue.set(issueId, found);
    }
    return found;
  };
  for (const report of rows.reports) {
    const { id, status, submittedAt } = report;
    if (id !== undefined && status !== undefined && submittedAt !== undefined) {
      const found = rowsOf(report.issueId);
      const cityReport: CityReport = { report, id, status, submittedMs: instantMs(submittedAt) };
      if (found.reports === NO_REPORTS) found.reports = [cityReport];
      else found.reports.push(cityReport);
    } else if (report.localState === 'queued') {
      // Written here and not yet acknowledged by the city: the city's figures do not have it.
      rowsOf(report.issueId).reportsInOutbox += 1;
    }
    // Drafts (and reports the city refused) are nobody's figures.
  }
  for (const rating of rows.ratings) {
    const found = rowsOf(rating.issueId);
    if (found.ratings === NO_RATINGS) found.ratings = [rating];
    else found.ratings.push(rating);
  }
  for (const event of rows.events) {
    if (event.kind === 'status' && event.to === 'reopened') rowsOf(event.issueId).seenReopened = true;
  }
  for (const { reports } of byIssue.values()) {
    if (reports.length > 1) reports.sort((a, b) => a.submittedMs - b.submittedMs);
  }
  return {
    byIssue,
    categories: new Map(rows.categories.map((category) => [category.id, category])),
    staff: new Map(rows.staff.map((member) => [member.id, member])),
  };
}
