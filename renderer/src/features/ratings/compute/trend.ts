import { FiguresTally } from './figures';
import type { IssueFacts } from './issue-facts';
import { isoWeekOfMonday, mondayDayOf, type IsoWeek } from './iso-week';

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
export function weeklyTrend(facts: readonly IssueFacts[], fromDay: number, toDay: number): WeekPoint[] {
  const tallies = new Map<number, FiguresTally>();
  for (let monday = mondayDayOf(fromDay); monday < toDay; monday += 7)
    tallies.set(monday, new FiguresTally('none'));
  for (const fact of facts) tallies.get(mondayDayOf(fact.receivedDay))?.add(fact);
  return [...tallies].map(([monday, tally]) => {
    const figures = tally.figures();
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
