import { repeatPositions } from '@shared/clusters';
import type { RatingsRows } from './rows';

// Which earlier issue each issue of the replica repeats (shared/clusters/repeats.ts: the same
// building or 50 m, the same topic, resolved in the 30 Moscow days before it arrived), worked
// out once per load of the replica like the rest of the index, in one sweep through time
// (shared/clusters/repeat-sweep.ts): a period then only counts.

/** For each issue (by position in `rows.issues`), the position of the issue it repeats, or -1. */
export function repeatLinks(rows: RatingsRows): Int32Array {
  // An issue is resolved as of its latest accepted report's decision (shared/clusters/resolutions.ts).
  const accepted = new Map<string, number>();
  for (const report of rows.reports) {
    if (report.status !== 'accepted' || !report.decidedAt) continue;
    const at = Date.parse(report.decidedAt);
    if (!(at <= (accepted.get(report.issueId) ?? -Infinity))) accepted.set(report.issueId, at);
  }
  const resolved = Float64Array.from(rows.issues, (issue) =>
    issue.status === 'resolved' ? (accepted.get(issue.id) ?? NaN) : NaN,
  );
  return repeatPositions(rows.issues, resolved);
}
