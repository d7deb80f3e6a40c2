import type {
  CategoryRecord,
  IssueEventRecord,
  IssueRecord,
  RatingRecord,
  ReportRecord,
  StaffRecord,
} from '../../renderer/src/db/records';
import type { PeriodChoice } from '../../renderer/src/features/ratings/compute/period';

// What passes between `bench/ratings.bench.ts` (Node) and the bench page (Chromium).

/** A company's replica as the sync engine would have written it, served to the page as JSON. */
export interface BenchReplica {
  issues: IssueRecord[];
  reports: ReportRecord[];
  ratings: RatingRecord[];
  issueEvents: Omit<IssueEventRecord, 'id'>[];
  categories: CategoryRecord[];
  staff: StaffRecord[];
}

export interface RatingsBenchOptions {
  replicaUrl: string;
  choice: PeriodChoice;
  nowMs: number;
  warmups: number;
  runs: number;
}

export interface RatingsBenchResult {
  rows: { issues: number; reports: number; ratings: number; events: number };
  /** Writing the replica into IndexedDB: setting up, not measured against the target. */
  setupMs: number;
  /**
   * What the manager sees first, from rows in memory: the index (rows joined), both periods,
   * trend, breakdowns, return reasons, low scores; every figure but the repeats.
   */
  firstFiguresMs: number[];
  /** The repeats after them, on the same index: the repeat links swept, then the period counted. */
  repeatsMs: number[];
  /** Every figure, repeats too, from the index the worker keeps (rows joined, links swept once): another period. */
  fromIndexMs: number[];
  /** One plain loop over the same rows, summing a field of every issue, report and rating. */
  onePassMs: number[];
  /** The screen's first question through the worker: read the replica from IndexedDB, then the figures. */
  workerColdMs: number;
  /** ...and when the repeats, asked at the same time, arrived. */
  workerColdRepeatsMs: number;
  /** A later question (another period) through the worker, figures and repeats: the rows are kept, round trip included. */
  workerWarmMs: number[];
  /** A few figures, to see the computation did its work. */
  figures: {
    issues: number;
    onTime: number;
    decided: number;
    avgScore: number | null;
    topics: number;
    repeats: number;
  };
}

declare global {
  interface Window {
    /** Set by the bench page once it has loaded. */
    runRatingsBench?: (options: RatingsBenchOptions) => Promise<RatingsBenchResult>;
  }
}
