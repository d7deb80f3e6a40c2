import { acceptedDecisions, repeatPositions } from '@shared/clusters';
import type { RatingsRows } from './rows';

// Which earlier issue each issue of the replica repeats (shared/clusters/repeats.ts: the same
// building or 50 m, the same topic, resolved in the 30 Moscow days before it arrived), worked
// out once per load of the replica like the rest of the index, in one sweep through time
// (shared/clusters/repeat-sweep.ts): a period then only counts.

/** For each issue (by position in `rows.issues`), the position of the issue it repeats, or -1. */
export function repeatLinks(rows: RatingsRows): Int32Array {
  const accepted = acceptedDecisions(
    rows.reports.map((report) => ({
      issueId: report.issueId,
      status: report.status ?? '',
      decidedAt: report.decidedAt ?? null,
    })),
  );
  const resolved = Float64Array.from(rows.issues, (issue) =>
    issue.status === 'resolved' ? (accepted.get(issue.id)?.at ?? NaN) : NaN,
  );
  return repeatPositions(rows.issues, resolved);
}
