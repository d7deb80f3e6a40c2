// What the at-risk model reads and what it answers, free of the store and of the screen: the
// replica's query and the benchmark's replay both hand it these.

/** What an open issue is waiting for: its first report of the round (new, in work, reopened), or a reworked one (returned). */
export type Waiting = 'first_report' | 'rework';

/** An issue waiting for the company's report whose deadline has not passed yet. */
export interface OpenIssue {
  readonly id: string;
  readonly categoryId: string;
  readonly assigneeId: string | null;
  readonly waiting: Waiting;
  /** Epoch ms the wait began: the receipt, the reopening, or the moderator's return. */
  readonly waitingSince: number;
  /** Epoch ms of `deadlineAt`. */
  readonly deadlineAt: number;
}

/** Why an issue is flagged, as a code and the numbers its words need (rounded when shown). */
export type RiskReason =
  | {
      readonly code: 'expected_late';
      /** Working hours the report is still expected to take, factors applied. */
      readonly expectedHours: number;
      readonly hoursLeft: number;
      /** Working hours it has waited already. */
      readonly elapsedHours: number;
      /** The working hours to the report that the alike past waits' p75 share means for this issue (before factors). */
      readonly typicalHours: number;
      /** How many past waits of the topic had gone as far without a report: the figures come from them. */
      readonly alike: number;
      /** How many of those were late. */
      readonly lateAlike: number;
      readonly source: 'topic' | 'company';
    }
  | { readonly code: 'beyond_history'; readonly elapsedHours: number; readonly samples: number }
  | { readonly code: 'no_history'; readonly hoursLeft: number }
  | { readonly code: 'unassigned'; readonly factor: number }
  | {
      readonly code: 'heavy_load';
      readonly open: number;
      readonly typicalOpen: number;
      readonly factor: number;
    }
  | { readonly code: 'rework' };

export interface RiskFlag {
  readonly issueId: string;
  /** Expected working hours to the report over the working hours left: 1 or more is flagged; higher first. */
  readonly score: number;
  readonly hoursLeft: number;
  /** The main reason first, then what made it worse. */
  readonly reasons: readonly RiskReason[];
}
