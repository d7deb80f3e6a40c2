import { workingHoursBetween } from '@shared/calendar';
import { loadFactor, type AssigneeLoad } from './load';
import type { RiskHistory } from './risk-history';
import type { OpenIssue, RiskFlag, RiskReason } from './types';

// The at-risk model, kept explainable. The company's own history says how much of their time
// past issues of this topic took when they had already waited as long as this one (as a share
// of the working hours to their deadline); its p75 is this issue's expected time, in working
// hours. Nobody assigned yet, and an assignee holding more than the usual open load, make the
// rest of it longer by stated factors once half the time is gone. Expected hours still to go over the working hours left
// is the score; 1 or more is flagged: at least a quarter of the alike past issues took longer
// than this one has, before the factors.

/** Which quantile of the alike past waits is "expected": the p75, so a one-in-four chance of lateness flags. */
export const EXPECTED_QUANTILE = 0.75;
/** An issue nobody has taken yet waits for the dispatcher first: its remaining hours count this much more. */
export const UNASSIGNED_FACTOR = 1.5;
/** Fewer alike past waits than this: the issue has already waited longer than nearly all of history. */
export const MIN_ALIKE = 5;
/** The factors count once this share of the time is gone: before that there is time to catch up. */
export const FACTORS_FROM_SHARE = 0.5;
/** With no history at all, the plain rule: flag whatever is due within one working day (24 working hours). */
export const NO_HISTORY_HOURS = 24;

export interface RiskInput {
  readonly issues: readonly OpenIssue[];
  readonly history: RiskHistory;
  readonly load: AssigneeLoad;
  /** Epoch ms. */
  readonly now: number;
}

/** The open issues likely to miss their deadline, highest score first. */
export function flagAtRisk(input: RiskInput): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const issue of input.issues) {
    const flag = assessIssue(issue, input);
    if (flag !== null && flag.score >= 1) flags.push(flag);
  }
  return flags.sort((a, b) => b.score - a.score || a.hoursLeft - b.hoursLeft);
}

/** One issue's score and reasons, flagged or not; null when it is already overdue. */
export function assessIssue(issue: OpenIssue, input: RiskInput): RiskFlag | null {
  const { now } = input;
  if (issue.deadlineAt <= now) return null;
  const hoursLeft = workingHoursBetween(new Date(now), new Date(issue.deadlineAt));
  const elapsedHours = workingHoursBetween(
    new Date(issue.waitingSince),
    new Date(Math.max(now, issue.waitingSince)),
  );
  const allowedHours = elapsedHours + hoursLeft;
  // A deadline beyond a weekend leaves no working hour today: the next working day's first minute counts.
  const left = Math.max(hoursLeft, 1 / 60);
  const usedShare = allowedHours > 0 ? elapsedHours / allowedHours : 0;
  const topics = issue.waiting === 'rework' ? input.history.rework : input.history.firstReport;
  const outlook = topics.outlook(issue.categoryId, usedShare, EXPECTED_QUANTILE);
  const extra = usedShare >= FACTORS_FROM_SHARE ? factorsOf(issue, input.load) : [];
  const factor = extra.reduce((product, reason) => product * ('factor' in reason ? reason.factor : 1), 1);
  const rework: RiskReason[] = issue.waiting === 'rework' ? [{ code: 'rework' }] : [];
  const flag = (score: number, main: RiskReason): RiskFlag => ({
    issueId: issue.id,
    score,
    hoursLeft,
    reasons: [main, ...rework, ...extra],
  });

  if (outlook === null) return flag(NO_HISTORY_HOURS / left, { code: 'no_history', hoursLeft });
  if (outlook.alike < MIN_ALIKE || outlook.expectedShare === null)
    return flag(Math.max(1, factor), { code: 'beyond_history', elapsedHours, samples: outlook.samples });
  const typicalHours = outlook.expectedShare * allowedHours;
  const expectedHours = Math.max(0, typicalHours - elapsedHours) * factor;
  return flag(expectedHours / left, {
    code: 'expected_late',
    expectedHours,
    hoursLeft,
    elapsedHours,
    typicalHours,
    alike: outlook.alike,
    lateAlike: outlook.lateAlike,
    source: outlook.source,
  });
}

/** What makes this issue slower than the alike past ones: nobody on it, or an assignee with more than the usual load. */
function factorsOf(issue: OpenIssue, load: AssigneeLoad): RiskReason[] {
  if (issue.assigneeId === null) return [{ code: 'unassigned', factor: UNASSIGNED_FACTOR }];
  const open = load.openBy.get(issue.assigneeId) ?? 0;
  const factor = loadFactor(open, load.typicalOpen);
  return factor > 1 ? [{ code: 'heavy_load', open, typicalOpen: load.typicalOpen, factor }] : [];
}
