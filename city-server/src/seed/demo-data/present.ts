import type { IssueStatus, Priority } from '@shared/domain';
import { Random } from '../random';
import { topics, type TopicMeta } from './categories';
import {
  DAY,
  HOUR,
  MINUTE,
  moscowDay,
  moscowDayStart,
  moscowMonth,
  toSecond,
  type DeadlineBook,
  type WorkdayBook,
} from './clock';
import { pickPriority, simulateIssue, type Timeline } from './lifecycle';

// Whatever day the demo city is generated on, a dispatcher opening it finds the day's work:
// new issues nobody has taken yet from the last working days, some due today, some overdue,
// reports returned for rework and answers residents disputed. The sampled year has these on
// most days but not on every one (a 1st of the month came out with no returned issue), so a
// few issues of each kind are planned here. For each, the topic, the receipt and the
// workflow's dice are drawn again until the story, played by the same lifecycle as every
// other issue, stands where it should at `now`; the builder then plays it again with the
// house's own supervisor from the same seed, which tells the same story.

export const presentStates = ['unassigned', 'dueToday', 'overdue', 'returned', 'reopened'] as const;
export type PresentState = (typeof presentStates)[number];
/** How many issues of each kind a company has at `now`, besides what the sampled year gives. */
export type PresentPlan = Readonly<Record<PresentState, number>>;

export interface PresentSlot {
  readonly state: PresentState;
  readonly companyIndex: number;
  readonly topic: TopicMeta;
  readonly createdAt: number;
  readonly receivedAt: number;
  readonly priority: Priority;
  /** Seeds the lifecycle's dice; they do not depend on who the staff are, only on how many. */
  readonly lifecycleSeed: number;
}

export interface PresentCompany {
  readonly companyIndex: number;
  readonly plan: PresentPlan;
  /** The company's active supervisors and dispatchers, as the lifecycle draws from them. */
  readonly supervisors: readonly string[];
  readonly dispatchers: readonly string[];
}

export interface PresentClock {
  readonly now: number;
  readonly deadlines: DeadlineBook;
  readonly workdays: WorkdayBook;
}

/** Enough for the rarest kind (a reopened issue, about one draw in fifty) on any day. */
const MAX_ATTEMPTS = 20_000;
const open: readonly IssueStatus[] = ['new', 'in_progress', 'returned'];

/** The working day a deadline "today" falls on: today, or the next working day when today is not one. */
function dueDay(clock: PresentClock): number {
  let day = moscowDay(clock.now);
  while (!clock.workdays.isWorking(day)) day += 1;
  return day;
}

/** Whether a story stands at `now` as the slot's kind asks. */
export function standsAsPlanned(state: PresentState, timeline: Timeline, clock: PresentClock): boolean {
  switch (state) {
    case 'unassigned':
      return timeline.status === 'new';
    case 'dueToday':
      return open.includes(timeline.status) && moscowDay(timeline.deadline.ms) === dueDay(clock);
    case 'overdue':
      return timeline.status !== 'new' && open.includes(timeline.status) && timeline.deadline.ms < clock.now;
    case 'returned':
      return timeline.status === 'returned';
    case 'reopened':
      return timeline.status === 'reopened';
  }
}

/** Days (Moscow day numbers) received on which an issue of `sla` working days is due on one of `dueDays`. */
function receiptDays(clock: PresentClock, sla: number, dueDays: (day: number) => boolean): number[] {
  const today = moscowDay(clock.now);
  const days: number[] = [];
  for (let day = today - 1; day >= today - 50; day -= 1) {
    if (dueDays(moscowDay(clock.deadlines.of(moscowDayStart(day) + 12 * HOUR, sla).ms))) days.push(day);
  }
  return days;
}

/** A moment in the residents' day (07:00–22:00) of a given day. */
const inDay = (rng: Random, day: number): number => toSecond(moscowDayStart(day) + rng.range(7, 22) * HOUR);

/** When an issue of this kind reached the company, or null when the draw gives no such moment. */
function receiptFor(state: PresentState, sla: number, rng: Random, clock: PresentClock): number | null {
  const { now, workdays } = clock;
  switch (state) {
    case 'unassigned': {
      // From the start of the last two working days that have begun, up to a quarter of an hour ago.
      let day = moscowDay(now);
      const working: number[] = [];
      while (working.length < 2) {
        if (workdays.isWorking(day)) working.push(day);
        day -= 1;
      }
      const from = moscowDayStart(working[1] ?? day) + 7 * HOUR;
      const to = now - 15 * MINUTE;
      return to > from ? toSecond(rng.range(from, to)) : null;
    }
    case 'dueToday': {
      const target = dueDay(clock);
      const days = receiptDays(clock, sla, (due) => due === target);
      return days.length === 0 ? null : inDay(rng, rng.pick(days));
    }
    case 'overdue': {
      // Due on one of the last five working days before today: late by days, not by months.
      const today = moscowDay(now);
      let since = today;
      for (let found = 0; found < 5;) if (workdays.isWorking((since -= 1))) found += 1;
      const days = receiptDays(clock, sla, (due) => due < today && due >= since);
      return days.length === 0 ? null : inDay(rng, rng.pick(days));
    }
    case 'returned':
      return toSecond(now - rng.range(2, 21) * DAY);
    case 'reopened':
      return toSecond(now - rng.range(4, 40) * DAY);
  }
}

function planSlot(
  state: PresentState,
  company: PresentCompany,
  clock: PresentClock,
  rng: Random,
): PresentSlot {
  const month = moscowMonth(clock.now);
  const weights = topics.map((topic) => topic.weight * (topic.months[month] ?? 0));
  const [supervisor = '', ...standIns] = company.supervisors;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const topic = topics[rng.weightedIndex(weights)] as TopicMeta;
    const sla = topic.category.slaWorkingDays;
    const receivedAt = receiptFor(state, sla, rng, clock);
    if (receivedAt === null) continue;
    const priority = pickPriority(rng, topic);
    const lifecycleSeed = rng.nextUint32();
    const timeline = simulateIssue({
      rng: new Random(lifecycleSeed),
      now: clock.now,
      receivedAt,
      slaWorkingDays: sla,
      priority,
      supervisor,
      standIns,
      dispatchers: company.dispatchers,
      deadlines: clock.deadlines,
      workdays: clock.workdays,
    });
    if (!standsAsPlanned(state, timeline, clock)) continue;
    // Filed a little before it reached the company: the portal's own pre-moderation.
    const createdAt = toSecond(receivedAt - rng.range(3, 40) * MINUTE);
    return {
      state,
      companyIndex: company.companyIndex,
      topic,
      createdAt,
      receivedAt,
      priority,
      lifecycleSeed,
    };
  }
  throw new Error(`the demo city found no ${state} issue for ${new Date(clock.now).toISOString()}`);
}

/** The planned issues of every company, oldest first. */
export function planPresent(
  companies: readonly PresentCompany[],
  clock: PresentClock,
  rng: Random,
): PresentSlot[] {
  const slots: PresentSlot[] = [];
  for (const company of companies) {
    for (const state of presentStates) {
      for (let n = 0; n < company.plan[state]; n += 1) slots.push(planSlot(state, company, clock, rng));
    }
  }
  return slots.sort((a, b) => a.createdAt - b.createdAt);
}

/** The sampled creation times and the planned issues in one list, in order of creation. */
export function inCreationOrder(
  times: readonly number[],
  slots: readonly PresentSlot[],
): { createdAt: number; slot: PresentSlot | null }[] {
  const merged: { createdAt: number; slot: PresentSlot | null }[] = [];
  let next = 0;
  for (const createdAt of times) {
    for (let slot = slots[next]; slot !== undefined && slot.createdAt <= createdAt; slot = slots[++next])
      merged.push({ createdAt: slot.createdAt, slot });
    merged.push({ createdAt, slot: null });
  }
  for (const slot of slots.slice(next)) merged.push({ createdAt: slot.createdAt, slot });
  return merged;
}
