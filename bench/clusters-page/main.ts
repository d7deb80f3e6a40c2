import { clusterableStatuses } from '@shared/clusters';
import { createClusterRpc } from '../../renderer/src/lib/clusters/client';
import type { ClusterAnswer } from '../../renderer/src/lib/clusters/protocol';
import type {
  ClustersBenchData,
  ClustersBenchOptions,
  ClustersBenchResult,
  ClustersWorldFigures,
} from './contract';

// The bench page: the issues go to the app's clusters worker once (not timed), then every
// cluster is computed from scratch there again and again, and one changed issue after another
// is re-clustered; each time as the worker measured it, and with the round trip.

async function timed(work: () => Promise<ClusterAnswer>) {
  const start = performance.now();
  const answer = await work();
  return { answer, roundTripMs: performance.now() - start };
}

type Rpc = ReturnType<typeof createClusterRpc>;

type World = Pick<ClustersBenchData, 'issues' | 'categories' | 'changes'>;

async function measureWorld(
  rpc: Rpc,
  data: World,
  options: ClustersBenchOptions,
): Promise<ClustersWorldFigures> {
  await rpc.ask({ kind: 'hold', issues: data.issues, categories: data.categories });
  const figures: ClustersWorldFigures = {
    issues: data.issues.length,
    open: data.issues.filter((issue) => clusterableStatuses.has(issue.status)).length,
    clusters: 0,
    largest: 0,
    computeMs: [],
    computeRoundTripMs: [],
    firstChangeMs: Number.NaN,
    changeMs: [],
    changeRoundTripMs: [],
  };
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const { answer, roundTripMs } = await timed(() => rpc.ask({ kind: 'recompute' }));
    if (answer.kind !== 'clusters') throw new Error('the worker answered a recompute with a change');
    figures.clusters = answer.clusters.length;
    figures.largest = answer.clusters.reduce((largest, cluster) => Math.max(largest, cluster.count), 0);
    if (run < options.warmups) continue;
    figures.computeMs.push(answer.workMs);
    figures.computeRoundTripMs.push(roundTripMs);
  }
  for (const [n, issue] of data.changes.entries()) {
    const { answer, roundTripMs } = await timed(() =>
      rpc.ask({ kind: 'apply', upserts: [issue], removals: [] }),
    );
    if (n === 0) figures.firstChangeMs = answer.workMs;
    else {
      figures.changeMs.push(answer.workMs);
      figures.changeRoundTripMs.push(roundTripMs);
    }
  }
  return figures;
}

async function runClustersBench(options: ClustersBenchOptions): Promise<ClustersBenchResult> {
  const data = (await (await fetch(options.dataUrl)).json()) as ClustersBenchData;
  const rpc = createClusterRpc();
  const allOpen = data.issues.map((issue) => ({ ...issue, status: 'new' as const }));
  const result = {
    allOpen: await measureWorld(rpc, { ...data, issues: allOpen, changes: data.allOpenChanges }, options),
    replica: await measureWorld(rpc, data, options),
  };
  rpc.stop('the bench is done');
  return result;
}

window.runClustersBench = runClustersBench;
