import { ClusterIndex } from './cluster-index';
import type { ClusterIssue, ClusterOverride, ClusterRecord, SectionSource } from './types';

/** Every cluster of these issues from scratch, the dispatcher's corrections applied; earliest first. */
export function computeClusters(
  issues: Iterable<ClusterIssue>,
  categories: readonly SectionSource[],
  overrides: readonly ClusterOverride[] = [],
): ClusterRecord[] {
  const index = new ClusterIndex(categories, overrides);
  index.apply(issues);
  return sortClusters(index.clusters());
}

/** Clusters in a stable order: by their earliest issue's id. */
export const sortClusters = (clusters: ClusterRecord[]): ClusterRecord[] =>
  clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
