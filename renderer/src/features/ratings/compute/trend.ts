import { FiguresTally } from './figures';
import { isoWeekOfMonday, mondayDayOf, type IsoWeek } from './iso-week';
import type { PeriodIssues } from './period-issues';
import type { IssueTable } from './issue-table';

/** The trend shows no hours. */
const NO_MEDIANS = { working: null, clock: null };

/** One ISO week (Moscow) of the trend: the issues received that week and how they went. */
export interface WeekPoint extends IsoWeek {
  /** Only some of the week's days are in the period (its first or its last week, or this week so far). */
  partial: boolean;
  issues: number;
  decided: number;
  onTimeShare: number | null;
  ratings: number;
  avgScore: number | null;
}

/**
 * Weekly on-time share and average score of the issues received each week, every week of the
 * period present (an empty week is a gap in the line, not a missing point that joins its neighbours).
 */
export function weeklyTrend(
  period: PeriodIssues,
  table: IssueTable,
  fromDay: number,
  toDay: number,
): WeekPoint[] {
  const firstMonday = mondayDayOf(fromDay);
  const weeks = Math.max(0, Math.ceil((toDay - firstMonday) / 7));
  const tally = new FiguresTally(table, weeks);
  for (let at = 0; at < period.count; at += 1) {
    const position = period.positions[at] ?? 0;
    const week = (mondayDayOf(table.receivedDay[position] ?? 0) - firstMonday) / 7;
    if (week >= 0 && week < weeks) tally.add(week, position, period.states[at] ?? 0);
  }
  return Array.from({ length: weeks }, (_, week) => {
    const monday = firstMonday + week * 7;
    const figures = tally.figures(week, NO_MEDIANS);
    return {
      ...isoWeekOfMonday(monday),
      partial: monday < fromDay || monday + 7 > toDay,
      issues: figures.issues,
      decided: figures.decided,
      onTimeShare: figures.onTimeShare,
      ratings: figures.ratings,
      avgScore: figures.avgScore,
    };
  });
}
