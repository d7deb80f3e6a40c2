import type { IssueStatus, Priority, ReportStatus } from '@shared/domain';
import type { Random } from '../random';
import type { TopicMeta } from './categories';
import type { SeedIssueEvent } from '../world';
import {
  DAY,
  HOUR,
  MINUTE,
  formatMoscow,
  intoHours,
  moscowDay,
  toSecond,
  type Deadline,
  type DeadlineBook,
  type WorkdayBook,
} from './clock';
import { drawRatingComment, drawScore, drawUnhappyScore } from './ratings';
import { moderatorComments } from './report-texts';

// One issue's history from receipt to `now`: the dispatcher assigns it, the supervisor
// reports, the moderator accepts or returns, the resident rates or disputes. The story is
// played forward in time and cut at `now`, so the issue's status is simply where the story
// stood at that moment — old issues are resolved, young ones are anywhere along the way.

export interface LifecycleInput {
  readonly rng: Random;
  readonly now: number;
  readonly receivedAt: number;
  readonly slaWorkingDays: number;
  readonly priority: Priority;
  /** The supervisor in charge of the house, and the others who stand in. */
  readonly supervisor: string;
  readonly standIns: readonly string[];
  /** Dispatchers sometimes send a report themselves. */
  readonly dispatchers: readonly string[];
  readonly deadlines: DeadlineBook;
  readonly workdays: WorkdayBook;
}

export interface TimelineReport {
  readonly authorId: string;
  readonly completedAt: number;
  readonly submittedAt: number;
  status: ReportStatus;
  decidedAt: number | null;
  moderatorComment: string | null;
  /** A terse first attempt, shot before the work was finished: the kind that comes back. */
  readonly sloppy: boolean;
}

export interface TimelineRating {
  readonly reportIndex: number;
  readonly score: number;
  readonly comment: string | null;
  readonly ratedAt: number;
}

export interface Timeline {
  status: IssueStatus;
  assigneeId: string | null;
  deadline: Deadline;
  moderatorComment: string | null;
  readonly events: SeedIssueEvent[];
  readonly reports: TimelineReport[];
  readonly ratings: TimelineRating[];
}

/** How the dispatcher marks a new issue of this topic. */
export function pickPriority(rng: Random, topic: TopicMeta): Priority {
  const roll = rng.next();
  if (roll < topic.urgentShare) return 'urgent';
  return roll < topic.urgentShare + topic.highShare ? 'high' : 'normal';
}

/** Share of first reports sent before the deadline; the portal's figures hover around this. */
const ON_TIME_SHARE = 0.88;
const FIRST_REJECT_SHARE = 0.16;
const REWORK_REJECT_SHARE = 0.07;
const RATED_SHARE = 0.42;
const DISPUTE_SHARE = 0.05;
const REASSIGN_SHARE = 0.05;

/**
 * When the dispatcher gets to an issue: minutes when it is marked urgent or high, hours for a
 * one-day SLA, and for the rest anything from minutes to a few days of backlog.
 */
function dispatchTime(rng: Random, receivedAt: number, priority: Priority, slaWorkingDays: number): number {
  const roll = rng.next();
  let delay: number;
  if (priority !== 'normal') delay = rng.range(5, 90) * MINUTE;
  else if (slaWorkingDays <= 1) delay = roll < 0.4 ? rng.range(10, 120) * MINUTE : rng.range(2, 8) * HOUR;
  else if (roll < 0.35) delay = rng.range(10, 120) * MINUTE;
  else if (roll < 0.65) delay = rng.range(2, 24) * HOUR;
  else delay = rng.range(24, 120) * HOUR;
  return intoHours(receivedAt + delay, 8, 20, rng);
}

type Phase = 'first' | 'rework' | 'reopen';

/** When the supervisor sends the report: usually before the deadline, sometimes well after. */
function submitTime(
  rng: Random,
  from: number,
  deadline: number,
  slaWorkingDays: number,
  phase: Phase,
  workdays: WorkdayBook,
): number {
  if (phase === 'rework') {
    // Rework is planned with the crews: a report returned before the holidays is redone after them.
    const extra = rng.chance(0.4) ? rng.range(1, 5) * DAY : 0;
    let at = intoHours(from + rng.range(4, 48) * HOUR + extra, 8, 21, rng);
    while (!workdays.isWorking(moscowDay(at))) at += DAY;
    return at;
  }
  const minWork = (slaWorkingDays <= 1 ? rng.range(0.5, 4) : rng.range(2, 12)) * HOUR;
  const room = deadline - from - minWork;
  const onTime = rng.chance(phase === 'first' ? ON_TIME_SHARE : 0.8);
  if (onTime && room > 0) {
    // Skewed late: crews are planned against the deadline, and many reports go in on its last day.
    const at = intoHours(from + minWork + room * rng.next() ** 0.5, 8, 21, rng);
    // Pushing a late-evening job to the next morning must not make an on-time report late.
    return at <= deadline ? at : toSecond(Math.max(from + minWork, deadline - rng.range(1, 3) * HOUR));
  }
  // Late: a few days past the deadline, and now and then an issue that got stuck for weeks.
  const stuck = rng.chance(0.04) ? rng.range(15, 90) * DAY : 0;
  return intoHours(Math.max(deadline, from + minWork) + rng.exponential(2.5 * DAY) + stuck, 8, 21, rng);
}

/** Moderators decide within a couple of days, in office hours on working days. */
function decisionTime(rng: Random, submittedAt: number, workdays: WorkdayBook): number {
  let at = intoHours(submittedAt + rng.range(2, 60) * HOUR, 9, 19, rng);
  while (!workdays.isWorking(moscowDay(at))) at += DAY;
  return at;
}

/** Plays one issue's history forward and cuts it at `now`. */
export function simulateIssue(input: LifecycleInput): Timeline {
  const { rng, now, slaWorkingDays, deadlines } = input;
  const timeline: Timeline = {
    status: 'new',
    assigneeId: null,
    deadline: deadlines.of(input.receivedAt, slaWorkingDays),
    moderatorComment: null,
    events: [],
    reports: [],
    ratings: [],
  };
  const assignedAt = dispatchTime(rng, input.receivedAt, input.priority, slaWorkingDays);
  if (assignedAt > now) return timeline;

  const standIn = (): string => (input.standIns.length > 0 ? rng.pick(input.standIns) : input.supervisor);
  let assignee = rng.chance(0.85) ? input.supervisor : standIn();
  timeline.assigneeId = assignee;
  timeline.events.push({ kind: 'assigned', at: formatMoscow(assignedAt), assigneeId: assignee });
  timeline.status = 'in_progress';

  let cursor = assignedAt;
  let phase: Phase = 'first';
  let reopened = false;
  for (;;) {
    const submittedAt = submitTime(rng, cursor, timeline.deadline.ms, slaWorkingDays, phase, input.workdays);
    if (phase === 'first' && rng.chance(REASSIGN_SHARE) && input.standIns.length > 0) {
      // The supervisor falls ill or the job needs another crew: the dispatcher reassigns.
      const reassignedAt = toSecond(cursor + (submittedAt - cursor) * rng.range(0.2, 0.6));
      if (reassignedAt <= now && reassignedAt > cursor) {
        assignee = standIn();
        timeline.assigneeId = assignee;
        timeline.events.push({ kind: 'assigned', at: formatMoscow(reassignedAt), assigneeId: assignee });
      }
    }
    if (submittedAt > now) return timeline; // still in_progress, returned or reopened

    const workSpan = Math.min(6 * HOUR, (submittedAt - cursor) / 2);
    const completedAt = toSecond(Math.max(cursor, submittedAt - rng.range(0.05, 1) * workSpan));
    const authorId =
      rng.chance(0.06) && input.dispatchers.length > 0 ? rng.pick(input.dispatchers) : assignee;
    const rejected = rng.chance(phase === 'first' ? FIRST_REJECT_SHARE : REWORK_REJECT_SHARE);
    const report: TimelineReport = {
      authorId,
      completedAt,
      submittedAt,
      status: 'on_moderation',
      decidedAt: null,
      moderatorComment: null,
      sloppy: rejected && rng.chance(0.5),
    };
    timeline.reports.push(report);
    timeline.status = 'on_moderation';
    timeline.moderatorComment = null;

    const decidedAt = decisionTime(rng, submittedAt, input.workdays);
    if (decidedAt > now) return timeline;
    report.decidedAt = decidedAt;
    if (rejected) {
      const comment = rng.pick(moderatorComments);
      report.status = 'rejected';
      report.moderatorComment = comment;
      timeline.status = 'returned';
      timeline.moderatorComment = comment;
      phase = 'rework';
      cursor = decidedAt;
      continue;
    }
    report.status = 'accepted';
    timeline.status = 'resolved';

    const reportIndex = timeline.reports.length - 1;
    const disputeAt = afterAcceptance(rng, timeline, reportIndex, decidedAt, now, reopened);
    if (disputeAt === null || disputeAt > now) return timeline;
    // The resident disputes the answer: the issue reopens with a fresh deadline.
    reopened = true;
    timeline.deadline = deadlines.of(disputeAt, slaWorkingDays);
    timeline.events.push({
      kind: 'reopened',
      at: formatMoscow(disputeAt),
      deadlineAt: timeline.deadline.iso,
    });
    timeline.status = 'reopened';
    phase = 'reopen';
    // A reopened issue goes back through the dispatcher before a crew sees it again.
    cursor = dispatchTime(rng, disputeAt, input.priority, slaWorkingDays);
  }
}

/** The resident's reaction to a published answer: maybe a rating, maybe a dispute (its time). */
function afterAcceptance(
  rng: Random,
  timeline: Timeline,
  reportIndex: number,
  decidedAt: number,
  now: number,
  alreadyReopened: boolean,
): number | null {
  let rated = rng.chance(RATED_SHARE);
  let score = drawScore(rng);
  let disputes = !alreadyReopened && rng.chance(DISPUTE_SHARE);
  if (disputes) {
    score = drawUnhappyScore(rng);
    rated = rng.chance(0.6);
  } else if (!alreadyReopened && rated && score <= 2 && rng.chance(0.35)) {
    disputes = true;
  }
  const disputeAt = disputes ? intoHours(decidedAt + rng.range(0.3, 10) * DAY, 7, 23, rng) : null;
  if (rated) {
    let ratedAt = intoHours(decidedAt + 10 * MINUTE + rng.exponential(1.5 * DAY), 7, 23, rng);
    if (disputeAt !== null && ratedAt >= disputeAt)
      ratedAt = toSecond(decidedAt + (disputeAt - decidedAt) * rng.range(0.2, 0.9));
    if (ratedAt <= now)
      timeline.ratings.push({ reportIndex, score, comment: drawRatingComment(rng, score), ratedAt });
  }
  return disputeAt;
}
