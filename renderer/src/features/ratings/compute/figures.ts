import type { IssueTable } from './issue-table';

export type Score = 1 | 2 | 3 | 4 | 5;
export type ScoreCounts = Record<Score, number>;
export const scores: readonly Score[] = [1, 2, 3, 4, 5];

/** The figures of a set of issues: the whole period, one week, one topic, person or building. */
export interface Figures {
  issues: number;
  resolved: number;
  /** Issues with at least one report the city has. */
  answered: number;
  /** Issues whose first report is known to be on time or late (answered, or unanswered past the deadline). */
  decided: number;
  onTime: number;
  late: number;
  /** onTime / decided: an issue whose deadline is still ahead counts neither way. */
  onTimeShare: number | null;
  overdue: number;
  returned: number;
  reopened: number;
  /** Residents' ratings of the answers to these issues (the city counts every rating of them). */
  ratings: number;
  avgScore: number | null;
  scoreCounts: ScoreCounts;
  medianWorkingHours: number | null;
  medianClockHours: number | null;
  /** Reports written here that the city has not received yet. */
  reportsInOutbox: number;
}

/** A group's figures (a week, a topic, a person, a building): the clock-hours median is the period's alone. */
export type GroupFigures = Omit<Figures, 'medianClockHours'>;

/** What "now" decides about an issue of the period, as bits: see `issueState`. */
export const DECIDED = 1;
export const ON_TIME = 2;
export const OVERDUE = 4;

/** The medians of a group's hours to the first report; null where it has no answered issue. */
export interface GroupMedians {
  working: number | null;
  clock: number | null;
}

/**
 * The figures of many groups at once (one for a period; a week, topic, person, street or
 * building each for the others), counted in typed arrays: issues are added by their position
 * in the issue table with their state now; `figures(group)` sums a group up. The medians are
 * not counts and are worked out apart (hours-medians.ts), once for all groups.
 */
export class FiguresTally {
  private readonly issues: Int32Array;
  private readonly answered: Int32Array;
  private readonly resolved: Int32Array;
  private readonly decided: Int32Array;
  private readonly onTime: Int32Array;
  private readonly overdue: Int32Array;
  private readonly returned: Int32Array;
  private readonly reopened: Int32Array;
  private readonly scoreSum: Float64Array;
  private readonly ratings: Int32Array;
  private readonly reportsInOutbox: Int32Array;
  /** Five counts a group, of scores 1 to 5. */
  private readonly scoreCounts: Int32Array;

  constructor(
    private readonly table: IssueTable,
    groupCount: number,
  ) {
    this.issues = new Int32Array(groupCount);
    this.answered = new Int32Array(groupCount);
    this.resolved = new Int32Array(groupCount);
    this.decided = new Int32Array(groupCount);
    this.onTime = new Int32Array(groupCount);
    this.overdue = new Int32Array(groupCount);
    this.returned = new Int32Array(groupCount);
    this.reopened = new Int32Array(groupCount);
    this.scoreSum = new Float64Array(groupCount);
    this.ratings = new Int32Array(groupCount);
    this.reportsInOutbox = new Int32Array(groupCount);
    this.scoreCounts = new Int32Array(groupCount * 5);
  }

  add(group: number, position: number, state: number): void {
    const table = this.table;
    this.issues[group] = (this.issues[group] ?? 0) + 1;
    if (table.resolved[position] === 1) this.resolved[group] = (this.resolved[group] ?? 0) + 1;
    if ((state & DECIDED) !== 0) {
      this.decided[group] = (this.decided[group] ?? 0) + 1;
      if ((state & ON_TIME) !== 0) this.onTime[group] = (this.onTime[group] ?? 0) + 1;
    }
    if ((state & OVERDUE) !== 0) this.overdue[group] = (this.overdue[group] ?? 0) + 1;
    if ((table.rejectedCount[position] ?? 0) > 0) this.returned[group] = (this.returned[group] ?? 0) + 1;
    if (table.reopened[position] === 1) this.reopened[group] = (this.reopened[group] ?? 0) + 1;
    if ((table.firstReport[position] ?? -1) >= 0) this.answered[group] = (this.answered[group] ?? 0) + 1;
    const slot = table.slot[position] ?? 0;
    this.reportsInOutbox[group] = (this.reportsInOutbox[group] ?? 0) + (table.reportsInOutbox[slot] ?? 0);
    for (let at = table.ratingStart[slot] ?? 0; at < (table.ratingStart[slot + 1] ?? 0); at += 1) {
      const score = table.ratingScore[at] ?? 0;
      if (score === 0) continue;
      const counted = group * 5 + score - 1;
      this.scoreCounts[counted] = (this.scoreCounts[counted] ?? 0) + 1;
      this.scoreSum[group] = (this.scoreSum[group] ?? 0) + score;
      this.ratings[group] = (this.ratings[group] ?? 0) + 1;
    }
  }

  /** How many issues the group has. */
  issuesIn(group: number): number {
    return this.issues[group] ?? 0;
  }

  figures(group: number, medians: GroupMedians): Figures {
    const decided = this.decided[group] ?? 0;
    const onTime = this.onTime[group] ?? 0;
    const ratings = this.ratings[group] ?? 0;
    const counts = (score: Score) => this.scoreCounts[group * 5 + score - 1] ?? 0;
    return {
      issues: this.issues[group] ?? 0,
      resolved: this.resolved[group] ?? 0,
      answered: this.answered[group] ?? 0,
      decided,
      onTime,
      late: decided - onTime,
      onTimeShare: decided === 0 ? null : onTime / decided,
      overdue: this.overdue[group] ?? 0,
      returned: this.returned[group] ?? 0,
      reopened: this.reopened[group] ?? 0,
      ratings,
      avgScore: ratings === 0 ? null : (this.scoreSum[group] ?? 0) / ratings,
      scoreCounts: { 1: counts(1), 2: counts(2), 3: counts(3), 4: counts(4), 5: counts(5) },
      medianWorkingHours: medians.working,
      medianClockHours: medians.clock,
      reportsInOutbox: this.reportsInOutbox[group] ?? 0,
    };
  }
}
