import { workingHoursBetween } from '@shared/calendar';
import { TopicHistory } from './topic-history';

// The two waits the model knows from the company's history: from receipt (or reopening) to the
// first report, and from a moderator's return to the reworked report; each measured as the
// share of the working hours its deadline allowed that it used.

export interface RiskHistory {
  readonly firstReport: TopicHistory;
  readonly rework: TopicHistory;
}

export function emptyRiskHistory(): RiskHistory {
  return { firstReport: new TopicHistory(), rework: new TopicHistory() };
}

/** One past wait that ended with a report: its topic, when it began and when the report was sent (epoch ms). */
export interface PastWait {
  readonly categoryId: string;
  readonly waiting: 'first_report' | 'rework';
  readonly from: number;
  readonly deadlineAt: number;
  readonly reportedAt: number;
}

/** Adds one past wait to the history: the share of its time (to its deadline, in working hours) it used. */
export function learnWait(history: RiskHistory, wait: PastWait): void {
  const allowed = workingHoursBetween(new Date(wait.from), new Date(wait.deadlineAt));
  const used = workingHoursBetween(new Date(wait.from), new Date(wait.reportedAt));
  // A wait begun after its deadline (a return decided late) had no time to share out; it is
  // nothing like an open issue the model is asked about, whose deadline is still ahead.
  if (allowed <= 0) return;
  (wait.waiting === 'rework' ? history.rework : history.firstReport).add(wait.categoryId, used / allowed);
}
