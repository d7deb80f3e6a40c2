import { breakdownsOfPeriod, type Breakdowns } from './breakdowns';
import { FiguresTally, type Figures } from './figures';
import { dayOfIsoDate } from './instants';
import { issueFactsOf, type IssueFacts } from './issue-facts';
import { lowRatedAnswers, type LowRatedAnswers } from './low-rated';
import type { Period, PeriodChoice } from './period';
import { periodMedians } from './hours-medians';
import {
  addToPeriod,
  emptyPeriod,
  issueState,
  periodIssues,
  windowOf,
  type PeriodIssues,
} from './period-issues';
import { indexRows, type RowIndex } from './row-index';
import { periodRepeats, type PeriodRepeats } from './period-repeats';
import { returnReasons, type ReturnReasons } from './return-reasons';
import type { RatingsRows } from './rows';
import { weeklyTrend, type WeekPoint } from './trend';

export interface RatingsQuery {
  choice: PeriodChoice;
  /** "Now" for overdue and for deadlines not yet passed; passed in so the figures are reproducible. */
  nowMs: number;
}

/** Everything the ratings screen shows for a period. */
export interface RatingsReport {
  choice: PeriodChoice;
  nowMs: number;
  current: Figures;
  previous: Figures;
  weeks: WeekPoint[];
  breakdowns: Breakdowns;
  lowRated: LowRatedAnswers;
  returnReasons: ReturnReasons;
  repeats: PeriodRepeats;
}

/** The issues received in the period (Moscow dates, `to` excluded), with their facts; `index` is of `rows`. */
export function periodFacts(rows: RatingsRows, index: RowIndex, period: Period, nowMs: number): IssueFacts[] {
  if (index.rows !== rows) throw new Error('the index is of other rows');
  const { count, positions } = periodIssues(index.table, period, nowMs);
  return Array.from({ length: count }, (_, at) => issueFactsOf(index, positions[at] ?? 0, nowMs));
}

/** The figures of a period's issues as a whole. */
function periodFigures(period: PeriodIssues, index: RowIndex): Figures {
  const tally = new FiguresTally(index.table, 1);
  for (let at = 0; at < period.count; at += 1)
    tally.add(0, period.positions[at] ?? 0, period.states[at] ?? 0);
  return tally.figures(0, periodMedians(period, index.table));
}

/** The figures of a period and of the one it is compared with, from an index built beforehand. */
export function computeRatingsFromIndex(index: RowIndex, query: RatingsQuery): RatingsReport {
  const { choice, nowMs } = query;
  const { table } = index;
  const current = windowOf(choice.current);
  const previous = windowOf(choice.previous);
  const currentIssues = emptyPeriod(table.size);
  const previousIssues = emptyPeriod(table.size);
  // One pass over the replica's issues for both periods.
  for (let position = 0; position < table.size; position += 1) {
    const receivedMs = table.receivedMs[position] ?? 0;
    if (receivedMs >= current.fromMs && receivedMs < current.toMs)
      addToPeriod(currentIssues, position, issueState(table, position, nowMs));
    else if (receivedMs >= previous.fromMs && receivedMs < previous.toMs)
      addToPeriod(previousIssues, position, issueState(table, position, nowMs));
  }
  return {
    choice,
    nowMs,
    current: periodFigures(currentIssues, index),
    previous: periodFigures(previousIssues, index),
    weeks: weeklyTrend(
      currentIssues,
      table,
      dayOfIsoDate(choice.current.from),
      dayOfIsoDate(choice.current.to),
    ),
    breakdowns: breakdownsOfPeriod(currentIssues, index),
    lowRated: lowRatedAnswers(currentIssues, index),
    returnReasons: returnReasons(currentIssues, index),
    repeats: periodRepeats(currentIssues, index),
  };
}

/** All the figures of a period from the replica's rows. */
export function computeRatings(rows: RatingsRows, query: RatingsQuery): RatingsReport {
  return computeRatingsFromIndex(indexRows(rows), query);
}
