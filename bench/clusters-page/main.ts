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

type Rpc = ReturnType<typeof createClusterRpc>;

/** All clusters from scratch `runs` times, then each change in turn: the times inside the worker and with the round trip. */
async function measureWorld(rpc: Rpc, data: ClustersBenchData, options: ClustersBenchOptions) {
  const figures = {
    clusters: 0,
    largest: 0,
    computeMs: [] as number[],
    computeRoundTripMs: [] as number[],
    changeMs: [] as number[],
    changeRoundTripMs: [] as number[],
  };
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const { answer, roundTripMs } = await timed(() => rpc.ask({ kind: 'recompute' }));
    if (answer.kind !== 'clusters') throw new Error('the worker answered a recompute with a change');
    figures.clusters = answer.clusters.length;
    figures.largest = Math.max(...answer.clusters.map((cluster) => cluster.count));
    if (run < options.warmups) continue;
    figures.computeMs.push(answer.workMs);
    figures.computeRoundTripMs.push(roundTripMs);
  }
  for (const [n, issue] of data.changes.entries()) {
    const { answer, roundTripMs } = await timed(() =>
      rpc.ask({ kind: 'apply', upserts: [issue], removals: [] }),
    );
    if (n < options.warmups) continue;
    figures.changeMs.push(answer.workMs);
    figures.changeRoundTripMs.push(roundTripMs);
  }
  return figures;
}

async function runClustersBench(options: ClustersBenchOptions): Promise<ClustersBenchResult> {
  const data = (await (await fetch(options.dataUrl)).json()) as ClustersBenchData;
  const rpc = createClusterRpc();
  await rpc.ask({ kind: 'hold', issues: data.issues, categories: data.categories });
  const world = await measureWorld(rpc, data, options);
  const groupingMs: number[] = [];
  let checksum = 0;
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const start = performance.now();
    checksum += plainGrouping(data.issues, data.categories);
    if (run >= options.warmups) groupingMs.push(performance.now() - start);
  }
  if (checksum === 0) throw new Error('the plain grouping found nothing');

  const allOpen = data.issues.map((issue) => ({ ...issue, status: 'new' as const }));
  await rpc.ask({ kind: 'hold', issues: allOpen, categories: data.categories });
  const stress = await measureWorld(
    rpc,
    { ...data, issues: allOpen },
    { ...options, runs: Math.ceil(options.runs / 3) },
  );
  rpc.stop('the bench is done');
  return {
    issues: data.issues.length,
    open: data.issues.filter((issue) => clusterableStatuses.has(issue.status)).length,
    ...world,
    groupingMs,
    stress: {
      open: allOpen.length,
      clusters: stress.clusters,
      largest: stress.largest,
      computeMs: stress.computeMs,
      changeMs: stress.changeMs,
    },
  };
}

window.runClustersBench = runClustersBench;
