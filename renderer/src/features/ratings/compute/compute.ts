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
import { indexRows, repeatLinksOf, type RowIndex } from './row-index';
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

/**
 * What the screen shows first: every figure but the repeat complaints, whose links take a sweep
 * through the whole replica of their own (computeRepeatsFromIndex), asked for after these.
 */
export type RatingsFigures = Omit<RatingsReport, 'repeats'>;

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

/** Every figure but the repeats, and the period's issues they were counted over. */
function figuresOf(index: RowIndex, query: RatingsQuery): { figures: RatingsFigures; issues: PeriodIssues } {
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
  const figures: RatingsFigures = {
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
  };
  return { figures, issues: currentIssues };
}

/** The figures the screen shows first (all but the repeats), from an index built beforehand. */
export function computeFiguresFromIndex(index: RowIndex, query: RatingsQuery): RatingsFigures {
  return figuresOf(index, query).figures;
}

/** The period's repeat complaints: the index's repeat links are swept the first time (row-index.ts). */
export function computeRepeatsFromIndex(index: RowIndex, query: RatingsQuery): PeriodRepeats {
  const period = periodIssues(index.table, query.choice.current, query.nowMs);
  return periodRepeats(period, index, repeatLinksOf(index));
}

/** The figures of a period and of the one it is compared with, from an index built beforehand. */
export function computeRatingsFromIndex(index: RowIndex, query: RatingsQuery): RatingsReport {
  const { figures, issues } = figuresOf(index, query);
  return { ...figures, repeats: periodRepeats(issues, index, repeatLinksOf(index)) };
}

/** All the figures of a period from the replica's rows. */
export function computeRatings(rows: RatingsRows, query: RatingsQuery): RatingsReport {
  return computeRatingsFromIndex(indexRows(rows), query);
}
