import { parseInstant } from './instant';
import type { RepeatIssue } from './repeats';

// When each resolved issue was resolved: the decision on its accepted report (the issue itself
// does not say). What the repeats read, from the city's records or the replica's alike.

export interface AcceptedReportFacts {
  readonly issueId: string;
  readonly status: string;
  readonly decidedAt: string | null;
}

type IssueFacts = Omit<RepeatIssue, 'resolvedAt'>;

/** Each issue's latest accepted decision, as epoch ms, by issue id. */
export function acceptedDecisions(
  reports: Iterable<AcceptedReportFacts>,
): Map<string, { at: number; decidedAt: string }> {
  const accepted = new Map<string, { at: number; decidedAt: string }>();
  for (const report of reports) {
    if (report.status !== 'accepted' || report.decidedAt === null || report.decidedAt === undefined) continue;
    const at = parseInstant(report.decidedAt);
    const known = accepted.get(report.issueId);
    if (known === undefined || known.at < at)
      accepted.set(report.issueId, { at, decidedAt: report.decidedAt });
  }
  return accepted;
}

/** The issues with `resolvedAt` filled in: the latest accepted report's decision of a resolved issue, else null. */
export function withResolutions<T extends IssueFacts>(
  issues: readonly T[],
  reports: Iterable<AcceptedReportFacts>,
): (T & { resolvedAt: string | null })[] {
  const accepted = acceptedDecisions(reports);
  return issues.map((issue) => ({
    ...issue,
    resolvedAt: issue.status === 'resolved' ? (accepted.get(issue.id)?.decidedAt ?? null) : null,
  }));
}
