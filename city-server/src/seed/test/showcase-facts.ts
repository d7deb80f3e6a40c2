import { workingHoursBetween } from '@shared/calendar';
import {
  buildingKey,
  computeClusters,
  findRepeats,
  withResolutions,
  type ClusterRecord,
  type RepeatOf,
} from '@shared/clusters';
import type { Issue } from '@shared/domain';
import type { SeedWorld } from '../world';

// What a dispatcher of one company would see of the demo city's clusters, repeats and issues
// at risk, read through the workstation's own functions (shared/clusters).

type SeedIssueRecord = Omit<Issue, 'rev'>;

export interface ShowcaseFacts {
  readonly issues: ReadonlyMap<string, SeedIssueRecord>;
  readonly clusters: readonly ClusterRecord[];
  readonly repeats: ReadonlyMap<string, RepeatOf>;
  /** Open, assigned, due within one working day, its assignee holding twice the median open load. */
  readonly atRisk: readonly SeedIssueRecord[];
}

const OPEN = new Set(['new', 'in_progress', 'returned', 'reopened']);

export function showcaseFacts(world: SeedWorld, companyId: string, nowMs: number): ShowcaseFacts {
  const own = world.issues.filter((seed) => seed.companyId === companyId).map((seed) => seed.issue);
  const issues = new Map(own.map((issue) => [issue.id, issue]));
  const repeatIssues = withResolutions(
    own,
    world.reports.map(({ report }) => report),
  );

  const load = new Map<string, number>();
  for (const issue of own)
    if (OPEN.has(issue.status) && issue.assigneeId !== null)
      load.set(issue.assigneeId, (load.get(issue.assigneeId) ?? 0) + 1);
  const supervisors = world.staff.filter(
    (s) => s.companyId === companyId && s.role === 'supervisor' && s.active,
  );
  const loads = supervisors.map((s) => load.get(s.id) ?? 0).sort((a, b) => a - b);
  const median = loads[loads.length >> 1] ?? 0;
  const now = new Date(nowMs).toISOString();
  const atRisk = own.filter(
    (issue) =>
      OPEN.has(issue.status) &&
      issue.assigneeId !== null &&
      Date.parse(issue.deadlineAt) > nowMs &&
      workingHoursBetween(now, issue.deadlineAt) <= 24 &&
      (load.get(issue.assigneeId) ?? 0) >= Math.max(2 * median, median + 5),
  );
  return {
    issues,
    clusters: computeClusters(own, world.categories),
    repeats: findRepeats(repeatIssues),
    atRisk,
  };
}

/** The cluster's issues that are of `topics`, by building. */
export function byBuilding(facts: ShowcaseFacts, cluster: ClusterRecord, topics: readonly string[]) {
  const members = cluster.issueIds
    .map((id) => facts.issues.get(id))
    .filter((issue): issue is SeedIssueRecord => issue !== undefined && topics.includes(issue.categoryId));
  const buildings = new Map<string, SeedIssueRecord[]>();
  for (const issue of members) {
    const key = buildingKey(issue.address) ?? issue.address;
    buildings.set(key, [...(buildings.get(key) ?? []), issue]);
  }
  return [...buildings.values()].sort((a, b) => b.length - a.length);
}
