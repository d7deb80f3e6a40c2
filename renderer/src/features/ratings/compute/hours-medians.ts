import { medianInPlace } from './median';
import type { PeriodIssues } from './period-issues';
import type { IssueTable } from './issue-table';

/**
 * The median of hours to the first report (working or clock hours, a column of the issue
 * table) of each group's answered issues of the period; null for a group with none. The
 * hours are laid out group by group (a counting sort by group number) and each group's
 * median is selected in place: one array for all groups, however many there are.
 * `ofIssue`: each issue's group (-1 for none); without it, the period is one group.
 */
export function hoursMedians(
  period: PeriodIssues,
  table: IssueTable,
  hours: Float64Array,
  ofIssue: Int32Array | null,
  groupCount: number,
): (number | null)[] {
  const groupAt = (position: number): number => (ofIssue === null ? 0 : (ofIssue[position] ?? -1));
  const starts = new Int32Array(groupCount + 1);
  for (let at = 0; at < period.count; at += 1) {
    const position = period.positions[at] ?? 0;
    const group = groupAt(position);
    if (group >= 0 && (table.firstReport[position] ?? -1) >= 0)
      starts[group + 1] = (starts[group + 1] ?? 0) + 1;
  }
  for (let group = 0; group < groupCount; group += 1)
    starts[group + 1] = (starts[group + 1] ?? 0) + (starts[group] ?? 0);
  const cursor = starts.slice(0, groupCount);
  const laidOut = new Float64Array(starts[groupCount] ?? 0);
  for (let at = 0; at < period.count; at += 1) {
    const position = period.positions[at] ?? 0;
    const group = groupAt(position);
    if (group < 0 || (table.firstReport[position] ?? -1) < 0) continue;
    laidOut[cursor[group] ?? 0] = hours[position] ?? 0;
    cursor[group] = (cursor[group] ?? 0) + 1;
  }
  return Array.from({ length: groupCount }, (_, group) =>
    medianInPlace(laidOut.subarray(starts[group] ?? 0, starts[group + 1] ?? 0)),
  );
}

/** The period's own medians, working and clock hours, as one group. */
export function periodMedians(
  period: PeriodIssues,
  table: IssueTable,
): { working: number | null; clock: number | null } {
  return {
    working: hoursMedians(period, table, table.workingHoursToReport, null, 1)[0] ?? null,
    clock: hoursMedians(period, table, table.clockHoursToReport, null, 1)[0] ?? null,
  };
}
