import { addWorkingDays, moscowDateOf, workingHoursBetween } from '../../shared/calendar';
import { moscowDayEnd, moscowDayStart } from '../../shared/calendar/moscow';
import type { SeedWorld } from '../../city-server/src/seed/world';
import { assigneeLoad } from '../../renderer/src/features/risk/compute/load';
import { flagAtRisk, type RiskInput } from '../../renderer/src/features/risk/compute/model';
import { emptyRiskHistory, learnWait } from '../../renderer/src/features/risk/compute/risk-history';
import {
  countJudgement,
  emptyConfusion,
  type Confusion,
} from '../../renderer/src/features/risk/compute/evaluate';
import { CompanyReplay, type ReplayedOpenIssue } from './replay';

// Each past working day at 09:00 Moscow, as the company knew it then: the issues received by
// then in the state they stood, the history of waits whose report came before then (nothing
// later: no peeking), the assignees' open load then. The model and the plain rule each flag;
// the day's judged issues are the open ones due within the window, late or not as it came out.

/** The morning hour the view is read. */
const MORNING_HOUR = 9;
/** A company's first weeks build the history the model starts from; they are not judged. */
const WARM_UP_DAYS = 60;
/** "Due within one working day": the plain rule, and the primary window, in working hours. */
const ONE_WORKING_DAY_HOURS = 24;

/** The counts of one way of flagging over one window. */
export interface Judged {
  model: Confusion;
  baseline: Confusion;
  /** The model without the assignee's load factor, and without the factor for nobody assigned. */
  withoutLoad: Confusion;
  withoutUnassigned: Confusion;
}

export interface ReplayResult {
  days: number;
  /** Due within one working day (24 working hours): the plain rule's own window. */
  dayAhead: Judged;
  /** Due by the end of the next working day: a full working day's warning. */
  nextDayEnd: Judged;
  /** Flags the view would have shown a morning, every window: the mean. */
  flagsPerMorning: number;
}

function emptyJudged(): Judged {
  return {
    model: emptyConfusion(),
    baseline: emptyConfusion(),
    withoutLoad: emptyConfusion(),
    withoutUnassigned: emptyConfusion(),
  };
}

/** Replays every company of `world` day by day up to `worldNow`, counting judgements into one result. */
export function replayWorld(world: SeedWorld, worldNow: number): ReplayResult {
  const result: ReplayResult = {
    days: 0,
    dayAhead: emptyJudged(),
    nextDayEnd: emptyJudged(),
    flagsPerMorning: 0,
  };
  let flags = 0;
  for (const company of world.companies) {
    const replay = new CompanyReplay(world, company.id, worldNow);
    const history = emptyRiskHistory();
    let learned = 0;
    let day = addWorkingDays(moscowDateOf(replay.firstReceipt + WARM_UP_DAYS * 86_400_000), 0);
    // Judged only while the window's deadlines are all before the world's now.
    while (moscowDayEnd(addWorkingDays(day, 1)) < worldNow) {
      const at = moscowDayStart(day) + MORNING_HOUR * 3_600_000;
      for (
        ;
        learned < replay.waits.length && (replay.waits[learned]?.reportedAt ?? Infinity) < at;
        learned += 1
      )
        learnWait(history, replay.waits[learned] as (typeof replay.waits)[number]);
      const open = replay.openAt(at);
      const candidates = open.filter((issue) => issue.deadlineAt > at);
      const input: RiskInput = {
        issues: candidates,
        history,
        load: assigneeLoad(open.map((issue) => issue.assigneeId)),
        now: at,
      };
      const flagged = new Set(flagAtRisk(input).map((flag) => flag.issueId));
      const noLoad = new Set(flagAtRisk({ ...input, load: assigneeLoad([]) }).map((flag) => flag.issueId));
      const noUnassigned = new Set(
        flagAtRisk({ ...input, issues: candidates.map(assignedToSomeone) }).map((flag) => flag.issueId),
      );
      flags += flagged.size;
      const nextDayEnd = moscowDayEnd(addWorkingDays(day, 1));
      for (const issue of candidates) {
        if (issue.late === null) continue;
        const hoursLeft = workingHoursBetween(new Date(at), new Date(issue.deadlineAt));
        const dueWithinDay = hoursLeft <= ONE_WORKING_DAY_HOURS;
        const judge = (judged: Judged): void => {
          countJudgement(judged.model, flagged.has(issue.id), issue.late === true);
          countJudgement(judged.baseline, dueWithinDay, issue.late === true);
          countJudgement(judged.withoutLoad, noLoad.has(issue.id), issue.late === true);
          countJudgement(judged.withoutUnassigned, noUnassigned.has(issue.id), issue.late === true);
        };
        if (dueWithinDay) judge(result.dayAhead);
        if (issue.deadlineAt <= nextDayEnd) judge(result.nextDayEnd);
      }
      result.days += 1;
      day = addWorkingDays(day, 1);
    }
  }
  result.flagsPerMorning = result.days === 0 ? 0 : flags / result.days;
  return result;
}

/** The same issue as if someone held it: the unassigned factor switched off (nobody's load counts). */
function assignedToSomeone(issue: ReplayedOpenIssue): ReplayedOpenIssue {
  return issue.assigneeId === null ? { ...issue, assigneeId: '(ablation)' } : issue;
}
