import type { ClusterOverride } from '@shared/clusters';
import type { DeskDb } from './database';
import { systemClock, type Clock } from './repositories';

// A dispatcher's corrections of clusters: "these are not one problem" (split) and "these are"
// (join). Kept on this workstation only (the city knows no clusters), applied by the clustering
// on top of its rules, and untouched by any pull. The latest correction wins: splitting issues
// off takes them out of the joins that held them to the rest, joining overrides earlier splits.

export type ClusterOverrideRecord = ClusterOverride;

const newOverride = (
  kind: ClusterOverride['kind'],
  issueIds: readonly string[],
  clock: Clock,
): ClusterOverrideRecord => ({
  id: clock.newKey(),
  kind,
  issueIds: [...new Set(issueIds)],
  createdAt: clock.now().toISOString(),
});

/** Cuts `issueIds` off from the rest of their cluster; they stay clustered among themselves. */
export async function splitOffIssues(
  db: DeskDb,
  issueIds: readonly string[],
  clock: Clock = systemClock,
): Promise<ClusterOverrideRecord> {
  const record = newOverride('split', issueIds, clock);
  const cut = new Set(record.issueIds);
  await db.transaction('rw', db.clusterOverrides, async () => {
    for (const join of await db.clusterOverrides.toArray()) {
      if (join.kind !== 'join' || !join.issueIds.some((id) => cut.has(id))) continue;
      const kept = join.issueIds.filter((id) => !cut.has(id));
      if (kept.length < 2) await db.clusterOverrides.delete(join.id);
      else await db.clusterOverrides.put({ ...join, issueIds: kept });
    }
    await db.clusterOverrides.put(record);
  });
  return record;
}

/** Makes these issues (typically every issue of two clusters) one cluster. */
export async function joinIssues(
  db: DeskDb,
  issueIds: readonly string[],
  clock: Clock = systemClock,
): Promise<ClusterOverrideRecord> {
  const record = newOverride('join', issueIds, clock);
  await db.clusterOverrides.put(record);
  return record;
}

/** Takes a correction back. */
export async function removeClusterOverride(db: DeskDb, id: string): Promise<void> {
  await db.clusterOverrides.delete(id);
}

export const readClusterOverrides = (db: DeskDb): Promise<ClusterOverrideRecord[]> =>
  db.clusterOverrides.orderBy('createdAt').toArray();
