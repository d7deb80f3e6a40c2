import { groupReasons, wordingOf } from '../../../lib/moderator-words/group-reasons';
import type { PeriodIssues } from './period-issues';
import type { RowIndex } from './row-index';

/** One reason the moderator returned the period's answers for, in the moderators' words grouped. */
export interface ReturnReason {
  /** The most common wording of the reason. */
  label: string;
  /** Returns (rejected reports) for this reason. */
  returns: number;
  /** Of all the period's returns. */
  share: number;
  /** Issues returned at least once for it. */
  issues: number;
  /** Other wordings counted in it, for the reader who doubts the grouping. */
  otherWordings: string[];
}

export interface ReturnReasons {
  /** The costliest first: most returns, then most issues, then by name. */
  reasons: ReturnReason[];
  /** Every rejected report of the period's issues. */
  returns: number;
  /** Rejected reports whose comment the replica does not have or the moderator left empty. */
  withoutComment: number;
}

/**
 * Why the answers to the period's issues (those received in it) were returned: each of their
 * rejected reports counted under its moderator's reason, the reasons grouped as the editor
 * groups them (lib/moderator-words/group-reasons.ts).
 */
export function returnReasons(period: PeriodIssues, index: RowIndex): ReturnReasons {
  const { table, rows } = index;
  const comments: string[] = [];
  const issuesOfWording = new Map<string, Set<number>>();
  // Moderators write the same few comments again and again: each is evened out once.
  const wordings = new Map<string, string>();
  let returns = 0;
  for (let at = 0; at < period.count; at += 1) {
    const position = period.positions[at] ?? 0;
    if ((table.rejectedCount[position] ?? 0) === 0) continue;
    const slot = table.slot[position] ?? 0;
    for (let entry = table.reportStart[slot] ?? 0; entry < (table.reportStart[slot + 1] ?? 0); entry += 1) {
      const report = rows.reports[table.reportOrder[entry] ?? 0];
      if (report?.status !== 'rejected') continue;
      returns += 1;
      const comment = report.moderatorComment ?? '';
      let wording = wordings.get(comment);
      if (wording === undefined) wordings.set(comment, (wording = wordingOf(comment)));
      if (wording === '') continue;
      comments.push(wording);
      const issues = issuesOfWording.get(wording) ?? new Set<number>();
      issues.add(position);
      issuesOfWording.set(wording, issues);
    }
  }
  const reasons = groupReasons(comments).map((group): ReturnReason => {
    const issues = new Set(group.wordings.flatMap((wording) => [...(issuesOfWording.get(wording) ?? [])]));
    return {
      label: group.label,
      returns: group.count,
      share: returns === 0 ? 0 : group.count / returns,
      issues: issues.size,
      otherWordings: group.wordings.filter((wording) => wording !== group.label),
    };
  });
  reasons.sort(
    (a, b) => b.returns - a.returns || b.issues - a.issues || a.label.localeCompare(b.label, 'ru'),
  );
  return { reasons, returns, withoutComment: returns - comments.length };
}
