import type { ClusterSnapshot } from '../../../lib/clusters/client';
import { answerableWith, isOnItsWay, reportableStatuses } from '../../../db/cluster-reports';
import type { ReportRecord } from '../../../db/records';

interface WorkItem {
  issue: Parameters<typeof answerableWith>[0];
  report: ReportRecord | undefined;
}

/**
 * For each issue of My work, how many issues one report could answer with it (itself
 * included): the others of its cluster in My work that answerableWith admits. An issue with no
 * such other is left out. My work holds every open issue of the person, so it is enough.
 */
export function togetherCounts(items: readonly WorkItem[], snapshot: ClusterSnapshot): Map<string, number> {
  const byId = new Map(items.map((item) => [item.issue.id, item]));
  const reportsOf = (id: string): ReportRecord[] => {
    const report = byId.get(id)?.report;
    return report ? [report] : [];
  };
  const counts = new Map<string, number>();
  for (const { issue } of items) {
    const clusterId = snapshot.byIssue.get(issue.id);
    const cluster = clusterId === undefined ? undefined : snapshot.clusters.get(clusterId);
    if (!cluster || !reportableStatuses.includes(issue.status) || reportsOf(issue.id).some(isOnItsWay))
      continue;
    const mine = cluster.issueIds.flatMap((id) => byId.get(id)?.issue ?? []);
    const others = answerableWith(issue, mine, reportsOf);
    if (others.length > 0) counts.set(issue.id, others.length + 1);
  }
  return counts;
}

/** The issues a cluster draft being written answers: the one it is written from and its plan's included ones. */
export function issuesInSharedDrafts(drafts: readonly ReportRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const draft of drafts) {
    if (!draft.cluster || (draft.localState !== 'draft' && draft.localState !== 'refused')) continue;
    ids.add(draft.issueId);
    for (const member of draft.cluster.members) if (member.included) ids.add(member.issueId);
  }
  return ids;
}
