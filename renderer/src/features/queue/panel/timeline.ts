import type { IssueStatus, Priority, ReportPhoto } from '@shared/domain';
import type { IssueEventRecord, RatingRecord, ReportRecord } from '../../../db/records';

/** One line of an issue's history, in the order things happened. */
export type TimelineEntry =
  | { kind: 'received'; at: string }
  | { kind: 'assigned'; at: string; to: string | null }
  | { kind: 'status'; at: string; from: IssueStatus | null; to: IssueStatus }
  | { kind: 'reopened'; at: string }
  | { kind: 'priority'; at: string; from: Priority | null; to: Priority }
  | { kind: 'deadline'; at: string; to: string }
  | { kind: 'removed'; at: string }
  | {
      kind: 'report';
      at: string;
      state: 'draft' | 'waiting' | 'submitted';
      authorId: string;
      text: string;
      photos: readonly ReportPhoto[];
    }
  | { kind: 'decision'; at: string; accepted: boolean; comment: string | null }
  | { kind: 'rating'; at: string; score: number; comment: string | null };

export interface TimelineSources {
  /** The issue's own time of receipt: the replica keeps no event for the first sight of an issue. */
  receivedAt: string;
  events: readonly IssueEventRecord[];
  reports: readonly ReportRecord[];
  ratings: readonly RatingRecord[];
}

const statuses = new Set<string>(['new', 'in_progress', 'on_moderation', 'resolved', 'returned', 'reopened']);
const isStatus = (value: string | null): value is IssueStatus => value !== null && statuses.has(value);
const isPriority = (value: string | null): value is Priority =>
  value === 'normal' || value === 'high' || value === 'urgent';

function fromEvent(event: IssueEventRecord): TimelineEntry | null {
  switch (event.kind) {
    case 'assignee':
      return { kind: 'assigned', at: event.at, to: event.to };
    case 'status':
      if (!isStatus(event.to)) return null;
      // A resolved issue coming back means a resident disputed the answer.
      if (event.to === 'reopened') return { kind: 'reopened', at: event.at };
      return { kind: 'status', at: event.at, from: isStatus(event.from) ? event.from : null, to: event.to };
    case 'priority':
      return isPriority(event.to)
        ? { kind: 'priority', at: event.at, from: isPriority(event.from) ? event.from : null, to: event.to }
        : null;
    case 'deadline':
      return event.to === null ? null : { kind: 'deadline', at: event.at, to: event.to };
    case 'removed':
      return { kind: 'removed', at: event.at };
  }
}

function fromReport(report: ReportRecord): TimelineEntry[] {
  const state = report.submittedAt ? 'submitted' : report.localState === 'draft' ? 'draft' : 'waiting';
  const entries: TimelineEntry[] = [
    {
      kind: 'report',
      at: report.submittedAt ?? report.updatedAt,
      state,
      authorId: report.authorId,
      text: report.text,
      photos: report.photos,
    },
  ];
  if (report.decidedAt && (report.status === 'accepted' || report.status === 'rejected'))
    entries.push({
      kind: 'decision',
      at: report.decidedAt,
      accepted: report.status === 'accepted',
      comment: report.moderatorComment ?? null,
    });
  return entries;
}

/**
 * The issue's history from everything the replica knows: its receipt, the changes seen in the
 * feed since (issueEvents), the reports with the moderator's decisions, and the residents' ratings.
 * Sorted by time; entries at the same instant keep the order above (an event before the
 * report it led to), so the story reads the way it happened.
 */
export function buildTimeline({ receivedAt, events, reports, ratings }: TimelineSources): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { kind: 'received', at: receivedAt },
    ...events.flatMap((event) => fromEvent(event) ?? []),
    ...reports.flatMap(fromReport),
    ...ratings.map((rating): TimelineEntry => ({
      kind: 'rating',
      at: rating.ratedAt,
      score: rating.score,
      comment: rating.comment,
    })),
  ];
  const order = new Map(entries.map((entry, index) => [entry, index]));
  return entries.sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}
