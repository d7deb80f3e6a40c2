import type { IssueStatus, ReportStatus } from '@shared/domain';
import type { IssueEventKind, LocalReportState } from '../../../db/records';

// The rows the figures are computed from: only the fields the figures read, so the worker
// keeps a year of 100,000 issues small in memory and a test builds a case in a few lines.
// `load-rows.ts` maps the replica's records to these.

export interface RatingsIssue {
  id: string;
  number: string;
  categoryId: string;
  address: string;
  /** Where the resident put it: repeats within 50 m count as one place. */
  lat: number;
  lng: number;
  receivedAt: string;
  /** The current deadline: after a reopening, counted again from the day of the reopening. */
  deadlineAt: string;
  status: IssueStatus;
  assigneeId: string | null;
}

export interface RatingsReport {
  clientReportId: string;
  issueId: string;
  authorId: string;
  text: string;
  photoCount: number;
  /** null: the city's report, not written here; 'queued': waiting in the outbox. */
  localState: LocalReportState | null;
  /** The city's fields; absent while the report exists only on this workstation. */
  id?: string;
  status?: ReportStatus;
  submittedAt?: string;
  decidedAt?: string | null;
  /** Why the moderator returned it, in the moderator's words (a rejected report's). */
  moderatorComment?: string | null;
}

export interface RatingsRating {
  id: string;
  issueId: string;
  reportId: string;
  score: number;
  comment: string | null;
  ratedAt: string;
}

export interface RatingsEvent {
  issueId: string;
  kind: IssueEventKind;
  at: string;
  from: string | null;
  to: string | null;
}

export interface RatingsCategory {
  id: string;
  parentId: string | null;
  nameRu: string;
  nameEn: string;
  slaWorkingDays: number;
}

export interface RatingsStaff {
  id: string;
  name: string;
}

/** Everything the ratings are computed from: the local replica, as arrays. */
export interface RatingsRows {
  issues: readonly RatingsIssue[];
  reports: readonly RatingsReport[];
  ratings: readonly RatingsRating[];
  events: readonly RatingsEvent[];
  categories: readonly RatingsCategory[];
  staff: readonly RatingsStaff[];
}
