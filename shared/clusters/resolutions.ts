import type { RepeatIssue } from './repeats';

// When each resolved issue was resolved: the decision on its accepted report (the issue itself
// does not say). What the repeats read, from the city's records or the replica's alike.

export interface AcceptedReportFacts {
  readonly issueId: string;
  readonly status: string;
  readonly decidedAt: string | null;
}

type IssueFacts = Omit<RepeatIssue, 'resolvedAt'>;

/** The issues with `resolvedAt` filled in: the latest accepted report's decision of a resolved issue, else null. */
export function withResolutions<T extends IssueFacts>(
  issues: readonly T[],
  reports: Iterable<AcceptedReportFacts>,
): (T & { resolvedAt: string | null })[] {
  const accepted = new Map<string, string>();
  for (const report of reports) {
    if (report.status !== 'accepted' || report.decidedAt === null || report.decidedAt === undefined) continue;
    const known = accepted.get(report.issueId);
    if (known === undefined || Date.parse(known) < Date.parse(report.decidedAt))
      accepted.set(report.issueId, report.decidedAt);
  }
  return issues.map((issue) => ({
    ...issue,
    resolvedAt: issue.status === 'resolved' ? (accepted.get(issue.id) ?? null) : null,
  }));
}
