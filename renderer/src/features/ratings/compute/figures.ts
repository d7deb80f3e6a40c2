import type { IssueFacts } from './issue-facts';
import { median } from './median';

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

const isScore = (value: number): value is Score =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5;

/** A group's figures (a week, a topic, a person, a building): the clock-hours median is the period's alone. */
export type GroupFigures = Omit<Figures, 'medianClockHours'>;

/**
 * Which hours to keep for medians. A year's issues are tallied into the period, every week
 * and four breakdowns: keeping only what each shows saves a million array entries.
 */
export type HoursKept = 'both' | 'working' | 'none';

/** Adds issues one by one; `figures()` sums them up. */
export class FiguresTally {
  constructor(private readonly hoursKept: HoursKept = 'both') {}

  private issues = 0;
  private answered = 0;
  private resolved = 0;
  private decided = 0;
  private onTime = 0;
  private overdue = 0;
  private returned = 0;
  private reopened = 0;
  private scoreSum = 0;
  private ratings = 0;
  private reportsInOutbox = 0;
  private readonly scoreCounts: ScoreCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  private readonly workingHours: number[] = [];
  private readonly clockHours: number[] = [];

  add(facts: IssueFacts): void {
    this.issues += 1;
    if (facts.resolved) this.resolved += 1;
    if (facts.onTime !== null) {
      this.decided += 1;
      if (facts.onTime) this.onTime += 1;
    }
    if (facts.overdueNow) this.overdue += 1;
    if (facts.rejectedCount > 0) this.returned += 1;
    if (facts.reopened) this.reopened += 1;
    for (const rating of facts.ratings) {
      if (!isScore(rating.score)) continue;
      this.scoreCounts[rating.score] += 1;
      this.scoreSum += rating.score;
      this.ratings += 1;
    }
    if (facts.firstReport !== null) this.answered += 1;
    if (this.hoursKept !== 'none' && facts.workingHoursToReport !== null)
      this.workingHours.push(facts.workingHoursToReport);
    if (this.hoursKept === 'both' && facts.clockHoursToReport !== null)
      this.clockHours.push(facts.clockHoursToReport);
    this.reportsInOutbox += facts.reportsInOutbox;
  }

  /** Medians of hours not kept (see HoursKept) are null. */
  figures(): Figures {
    return {
      issues: this.issues,
      resolved: this.resolved,
      answered: this.answered,
      decided: this.decided,
      onTime: this.onTime,
      late: this.decided - this.onTime,
      onTimeShare: this.decided === 0 ? null : this.onTime / this.decided,
      overdue: this.overdue,
      returned: this.returned,
      reopened: this.reopened,
      ratings: this.ratings,
      avgScore: this.ratings === 0 ? null : this.scoreSum / this.ratings,
      scoreCounts: { ...this.scoreCounts },
      medianWorkingHours: median(this.workingHours),
      medianClockHours: median(this.clockHours),
      reportsInOutbox: this.reportsInOutbox,
    };
  }
}
