import { clusterableStatuses, sectionsOf, type ClusterIssue, type SectionSource } from '@shared/clusters';
import { createClusterRpc } from '../../renderer/src/lib/clusters/client';
import type { ClusterAnswer } from '../../renderer/src/lib/clusters/protocol';
import type { ClustersBenchData, ClustersBenchOptions, ClustersBenchResult } from './contract';

// The bench page: the issues go to the app's clusters worker once (not timed), then every
// cluster is computed from scratch there, and one changed issue after another is re-clustered;
// the yardstick, one plain grouping pass over the same open issues, runs in the same page.

/** The baseline: open issues grouped by section and the address exactly as written. */
function plainGrouping(issues: readonly ClusterIssue[], categories: readonly SectionSource[]): number {
  const sectionOf = sectionsOf(categories);
  const groups = new Map<string, string[]>();
  for (const issue of issues) {
    if (!clusterableStatuses.has(issue.status)) continue;
    const key = `${sectionOf(issue.categoryId)}|${issue.address}`;
    const group = groups.get(key);
    if (group) group.push(issue.id);
    else groups.set(key, [issue.id]);
  }
  let clustered = 0;
  for (const group of groups.values()) if (group.length > 1) clustered += 1;
  return clustered;
}

async function timed(work: () => Promise<ClusterAnswer>) {
  const start = performance.now();
  const answer = await work();
  return { answer, roundTripMs: performance.now() - start };
}

async function runClustersBench(options: ClustersBenchOptions): Promise<ClustersBenchResult> {
  const data = (await (await fetch(options.dataUrl)).json()) as ClustersBenchData;
  const rpc = createClusterRpc();
  await rpc.ask({ kind: 'hold', issues: data.issues, categories: data.categories });
  const result: ClustersBenchResult = {
    issues: data.issues.length,
    open: data.issues.filter((issue) => clusterableStatuses.has(issue.status)).length,
    clusters: 0,
    largest: 0,
    computeMs: [],
    computeRoundTripMs: [],
    groupingMs: [],
    changeMs: [],
    changeRoundTripMs: [],
  };
  let checksum = 0;
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const { answer, roundTripMs } = await timed(() => rpc.ask({ kind: 'recompute' }));
    const start = performance.now();
    checksum += plainGrouping(data.issues, data.categories);
    const groupingMs = performance.now() - start;
    if (answer.kind !== 'clusters') throw new Error('the worker answered a recompute with a change');
    result.clusters = answer.clusters.length;
    result.largest = Math.max(...answer.clusters.map((cluster) => cluster.count));
    if (run < options.warmups) continue;
    result.computeMs.push(answer.workMs);
    result.computeRoundTripMs.push(roundTripMs);
    result.groupingMs.push(groupingMs);
  }
  if (checksum === 0) throw new Error('the plain grouping found nothing');
  for (const [n, issue] of data.changes.entries()) {
    const { answer, roundTripMs } = await timed(() =>
      rpc.ask({ kind: 'apply', upserts: [issue], removals: [] }),
    );
    if (n < options.warmups) continue;
    result.changeMs.push(answer.workMs);
    result.changeRoundTripMs.push(roundTripMs);
  }
  rpc.stop('the bench is done');
  return result;
}

window.runClustersBench = runClustersBench;
