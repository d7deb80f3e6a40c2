import { breakdownsOf, type Breakdowns } from './breakdowns';
import { FiguresTally, type Figures } from './figures';
import { dayOfIsoDate, instantMs, moscowDateStartMs } from './instants';
import { issueFactsOf, type IssueFacts } from './issue-facts';
import { lowRatedAnswers, type LowRatedAnswers } from './low-rated';
import type { Period, PeriodChoice } from './period';
import { indexRows, type RowIndex } from './row-index';
import type { RatingsRows } from './rows';
import { weeklyTrend, type WeekPoint } from './trend';
import { sharedWorkingTime, type WorkingTime } from './working-time';

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
}

interface Window {
  fromMs: number;
  toMs: number;
}

const windowOf = (period: Period): Window => ({
  fromMs: moscowDateStartMs(period.from),
  toMs: moscowDateStartMs(period.to),
});

const inWindow = (ms: number, window: Window) => ms >= window.fromMs && ms < window.toMs;

/** The issues received in the period (Moscow dates, `to` excluded), with their facts. */
export function periodFacts(
  rows: RatingsRows,
  index: RowIndex,
  period: Period,
  nowMs: number,
  workingTime: WorkingTime = sharedWorkingTime,
): IssueFacts[] {
  const window = windowOf(period);
  const facts: IssueFacts[] = [];
  for (const issue of rows.issues) {
    const receivedMs = instantMs(issue.receivedAt);
    if (inWindow(receivedMs, window)) facts.push(issueFactsOf(issue, receivedMs, index, workingTime, nowMs));
  }
  return facts;
}

/** The figures of a period and of the one it is compared with, from an index built beforehand. */
export function computeRatingsFromIndex(
  rows: RatingsRows,
  index: RowIndex,
  query: RatingsQuery,
): RatingsReport {
  const { choice, nowMs } = query;
  const current = windowOf(choice.current);
  const previous = windowOf(choice.previous);
  const workingTime = sharedWorkingTime;
  const facts: IssueFacts[] = [];
  const currentTally = new FiguresTally();
  const previousTally = new FiguresTally();
  // One pass over the replica's issues for both periods.
  for (const issue of rows.issues) {
    const receivedMs = instantMs(issue.receivedAt);
    if (inWindow(receivedMs, current)) {
      const fact = issueFactsOf(issue, receivedMs, index, workingTime, nowMs);
      facts.push(fact);
      currentTally.add(fact);
    } else if (inWindow(receivedMs, previous)) {
      previousTally.add(issueFactsOf(issue, receivedMs, index, workingTime, nowMs));
    }
  }
  return {
    choice,
    nowMs,
    current: currentTally.figures(),
    previous: previousTally.figures(),
    weeks: weeklyTrend(facts, dayOfIsoDate(choice.current.from), dayOfIsoDate(choice.current.to)),
    breakdowns: breakdownsOf(facts, index),
    lowRated: lowRatedAnswers(facts, index),
  };
}

/** All the figures of a period from the replica's rows. */
export function computeRatings(rows: RatingsRows, query: RatingsQuery): RatingsReport {
  return computeRatingsFromIndex(rows, indexRows(rows), query);
}
