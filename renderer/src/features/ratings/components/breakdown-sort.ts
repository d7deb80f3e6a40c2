import type { BreakdownRow } from '../compute/breakdowns';

export const breakdownColumns = [
  'name',
  'issues',
  'onTimeShare',
  'late',
  'overdue',
  'returned',
  'avgScore',
  'medianHours',
] as const;
export type BreakdownColumn = (typeof breakdownColumns)[number];

export interface BreakdownSort {
  column: BreakdownColumn;
  direction: 'asc' | 'desc';
}

/** Most late answers first: the top row is what to look into first. */
export const defaultBreakdownSort: BreakdownSort = { column: 'late', direction: 'desc' };

/** Where a header click starts: the worst end of the column. */
export const firstDirection: Record<BreakdownColumn, 'asc' | 'desc'> = {
  name: 'asc',
  issues: 'desc',
  onTimeShare: 'asc',
  late: 'desc',
  overdue: 'desc',
  returned: 'desc',
  avgScore: 'asc',
  medianHours: 'desc',
};

const valueOf: Record<Exclude<BreakdownColumn, 'name'>, (row: BreakdownRow) => number | null> = {
  issues: (row) => row.figures.issues,
  onTimeShare: (row) => row.figures.onTimeShare,
  late: (row) => row.figures.late,
  overdue: (row) => row.figures.overdue,
  returned: (row) => row.figures.returned,
  avgScore: (row) => row.figures.avgScore,
  medianHours: (row) => row.figures.medianWorkingHours,
};

/**
 * Sorted rows; rows without a value (no rating, nothing due yet) go last either way, and ties
 * fall back to more issues first, so the order never jumps between renders.
 */
export function sortBreakdown(
  rows: readonly BreakdownRow[],
  sort: BreakdownSort,
  nameOf: (row: BreakdownRow) => string,
  locale: string,
): BreakdownRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byIssues = (a: BreakdownRow, b: BreakdownRow) =>
    b.figures.issues - a.figures.issues || a.key.localeCompare(b.key);
  if (sort.column === 'name')
    return [...rows].sort((a, b) => sign * nameOf(a).localeCompare(nameOf(b), locale) || byIssues(a, b));
  const value = valueOf[sort.column];
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) return left === right ? byIssues(a, b) : left === null ? 1 : -1;
    return sign * (left - right) || byIssues(a, b);
  });
}
