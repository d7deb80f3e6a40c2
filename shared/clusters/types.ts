import type { IssueStatus } from '../domain';

// What clustering reads of an issue, what it answers, and the rules it applies.

/** The fields of an issue (the city's Issue, or the replica's record) that clustering reads. */
export interface ClusterIssue {
  readonly id: string;
  readonly categoryId: string;
  readonly address: string;
  readonly lat: number;
  readonly lng: number;
  readonly receivedAt: string;
  readonly deadlineAt: string;
  readonly status: IssueStatus;
}

/** Only the fields clustering reads, of any record that has them (nothing else crosses to a Worker). */
export const clusterFieldsOf = (issue: ClusterIssue): ClusterIssue => ({
  id: issue.id,
  categoryId: issue.categoryId,
  address: issue.address,
  lat: issue.lat,
  lng: issue.lng,
  receivedAt: issue.receivedAt,
  deadlineAt: issue.deadlineAt,
  status: issue.status,
});

/** A category as clustering needs it: a topic's section is its parent. */
export interface SectionSource {
  readonly id: string;
  readonly parentId: string | null;
}

/**
 * Open issues about one problem. `id` is `cl-` and the id of its earliest issue (by receipt),
 * so it stays the same while issues join or leave, until that one leaves.
 */
export interface ClusterRecord {
  readonly id: string;
  /** Earliest receipt first. */
  readonly issueIds: readonly string[];
  readonly count: number;
  readonly earliestDeadlineAt: string;
  readonly newestReceivedAt: string;
  /** The section (top-level category) its topics belong to. */
  readonly sectionId: string;
}

/** Which published clusters one change made or altered, and which it ended. */
export interface ClusterChange {
  readonly changed: readonly ClusterRecord[];
  readonly removed: readonly string[];
}

/**
 * A dispatcher's correction, kept on the workstation. `split`: these issues are cut off from
 * every issue not in the list (they cluster among themselves only). `join`: these issues are one
 * cluster whatever the rules say; a join wins over a split.
 */
export interface ClusterOverride {
  readonly id: string;
  readonly kind: 'split' | 'join';
  readonly issueIds: readonly string[];
  readonly createdAt: string;
}

/**
 * Issues still to be answered: on moderation the company's answer is with the city, resolved
 * is done; neither is assigned or answered again, so neither is clustered.
 */
export const clusterableStatuses: ReadonlySet<IssueStatus> = new Set<IssueStatus>([
  'new',
  'in_progress',
  'returned',
  'reopened',
]);

export const CLUSTER_RADIUS_METRES = 50;
export const CLUSTER_WINDOW_MS = 7 * 86_400_000;

/** The section of each topic: its parent, or itself for a top-level category. */
export function sectionsOf(categories: readonly SectionSource[]): (categoryId: string) => string {
  const parents = new Map(categories.map((category) => [category.id, category.parentId ?? category.id]));
  return (categoryId) => parents.get(categoryId) ?? categoryId;
}
