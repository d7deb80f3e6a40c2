import { DECIDED, ON_TIME, OVERDUE } from './figures';
import { moscowDateStartMs } from './instants';
import { DEADLINE_GRACE_MS, type IssueTable } from './issue-table';
import type { Period } from './period';

/** The issues of a period, by position in the issue table, each with what "now" decides about it. */
export interface PeriodIssues {
  count: number;
  positions: Int32Array;
  /** DECIDED, ON_TIME and OVERDUE bits of each. */
  states: Uint8Array;
}

/**
 * What "now" decides about an issue: whether its first report is known to be on time or late
 * (answered, or unanswered past the first deadline), and whether it is overdue now (not
 * resolved, and the current deadline has passed).
 */
export function issueState(table: IssueTable, position: number, nowMs: number): number {
  const dueBy = (table.firstDeadlineMs[position] ?? 0) + DEADLINE_GRACE_MS;
  let state = 0;
  if ((table.firstReport[position] ?? -1) >= 0) {
    state = DECIDED;
    if ((table.firstReportMs[position] ?? 0) < dueBy) state |= ON_TIME;
  } else if (nowMs >= dueBy) state = DECIDED;
  if (table.resolved[position] !== 1 && nowMs > (table.deadlineMs[position] ?? 0)) state |= OVERDUE;
  return state;
}

/** Epoch milliseconds of a period's ends (Moscow dates, `to` excluded). */
export interface PeriodWindow {
  fromMs: number;
  toMs: number;
}

export const windowOf = (period: Period): PeriodWindow => ({
  fromMs: moscowDateStartMs(period.from),
  toMs: moscowDateStartMs(period.to),
});

/** A list to add a period's issues to, in the table's order. */
export function emptyPeriod(capacity: number): PeriodIssues {
  return { count: 0, positions: new Int32Array(capacity), states: new Uint8Array(capacity) };
}

export function addToPeriod(period: PeriodIssues, position: number, state: number): void {
  period.positions[period.count] = position;
  period.states[period.count] = state;
  period.count += 1;
}

/** The issues received in the period (Moscow dates, `to` excluded). */
export function periodIssues(table: IssueTable, period: Period, nowMs: number): PeriodIssues {
  const { fromMs, toMs } = windowOf(period);
  const found = emptyPeriod(table.size);
  for (let position = 0; position < table.size; position += 1) {
    const receivedMs = table.receivedMs[position] ?? 0;
    if (receivedMs >= fromMs && receivedMs < toMs)
      addToPeriod(found, position, issueState(table, position, nowMs));
  }
  return found;
}
