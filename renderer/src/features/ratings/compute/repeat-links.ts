import { RepeatIndex, withResolutions } from '@shared/clusters';
import type { RatingsRows } from './rows';

// Which earlier issue each issue of the replica repeats (shared/clusters/repeats.ts: the same
// building or 50 m, the same topic, resolved in the 30 Moscow days before it arrived), worked
// out once per load of the replica like the rest of the index: a period then only counts.

const NONE = -1;

/** For each issue (by position in `rows.issues`), the position of the issue it repeats, or -1. */
export function repeatLinks(rows: RatingsRows): Int32Array {
  const decisions = rows.reports.map((report) => ({
    issueId: report.issueId,
    status: report.status ?? '',
    decidedAt: report.decidedAt ?? null,
  }));
  const issues = withResolutions(rows.issues, decisions);
  const index = new RepeatIndex();
  for (const issue of issues) index.upsert(issue);
  const position = new Map(rows.issues.map((issue, at) => [issue.id, at]));
  const links = new Int32Array(issues.length).fill(NONE);
  for (let at = 0; at < issues.length; at += 1) {
    const repeat = index.repeatOf(issues[at] as (typeof issues)[number]);
    if (repeat !== null) links[at] = position.get(repeat.issueId) ?? NONE;
  }
  return links;
}
