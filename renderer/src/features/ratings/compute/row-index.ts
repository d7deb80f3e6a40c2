import { groupIssues, type IssueGroups } from './issue-groups';
import { repeatLinks } from './repeat-links';
import { buildIssueTable, type IssueTable } from './issue-table';
import type { RatingsCategory, RatingsReport, RatingsRows, RatingsStaff } from './rows';
import { sharedWorkingTime, type WorkingTime } from './working-time';

/** A report the city has: it has an id, a status and the time the city received it. */
export interface CityReport {
  report: RatingsReport;
  id: string;
  status: NonNullable<RatingsReport['status']>;
  submittedMs: number;
}

/**
 * The rows arranged for the figures, built once per load of the replica (the worker keeps it
 * while the screen changes period): every issue's facts that do not depend on the period
 * (issue-table.ts) and the breakdown rows it falls in (issue-groups.ts). Joining a year of
 * reports and ratings to their issues is most of the cost of the figures, and is done here once.
 */
export interface RowIndex {
  /** The rows the index was built from; positions in the table are positions in `rows.issues`. */
  rows: RatingsRows;
  table: IssueTable;
  groups: IssueGroups;
  categories: ReadonlyMap<string, RatingsCategory>;
  staff: ReadonlyMap<string, RatingsStaff>;
}

export function indexRows(rows: RatingsRows, workingTime: WorkingTime = sharedWorkingTime): RowIndex {
  const categories = new Map(rows.categories.map((category) => [category.id, category]));
  const table = buildIssueTable(rows, categories, workingTime);
  const groups = groupIssues(rows.issues);
  return {
    rows,
    table,
    groups,
    categories,
    staff: new Map(rows.staff.map((member) => [member.id, member])),
  };
}

// Swept once per index, when the repeats are first asked for: the other figures do not wait.
const repeatLinksKept = new WeakMap<RowIndex, Int32Array>();

/** The position of the issue each issue of the index repeats, or -1 (repeat-links.ts). */
export function repeatLinksOf(index: RowIndex): Int32Array {
  let links = repeatLinksKept.get(index);
  if (links === undefined) {
    links = repeatLinks(index.rows, index.table, index.groups);
    repeatLinksKept.set(index, links);
  }
  return links;
}

/** The city's report at a position of `rows.reports` (one the table counts as the city's). */
export function cityReportAt(index: RowIndex, position: number): CityReport {
  const report = index.rows.reports[position];
  if (report?.id === undefined || report.status === undefined)
    throw new Error(`no city report at ${position}`);
  return { report, id: report.id, status: report.status, submittedMs: index.table.reportMs[position] ?? 0 };
}
