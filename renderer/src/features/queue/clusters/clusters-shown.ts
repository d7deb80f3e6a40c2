import type { ClusterRecord } from '@shared/clusters';

/**
 * The clusters the «Похожие» list shows: those with an issue among the rows the view and
 * filters show (a cluster is never cut: it comes whole), the earliest deadline first, then
 * the newest arrival.
 */
export function clustersShown(
  clusters: ReadonlyMap<string, ClusterRecord>,
  shownIds: ReadonlySet<string>,
): ClusterRecord[] {
  const shown: ClusterRecord[] = [];
  for (const cluster of clusters.values())
    if (cluster.issueIds.some((id) => shownIds.has(id))) shown.push(cluster);
  return shown.sort(
    (a, b) =>
      Date.parse(a.earliestDeadlineAt) - Date.parse(b.earliestDeadlineAt) ||
      Date.parse(b.newestReceivedAt) - Date.parse(a.newestReceivedAt) ||
      a.id.localeCompare(b.id),
  );
}
