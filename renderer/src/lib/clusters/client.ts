import type { ClusterChange, ClusterRecord, RepeatOf } from '@shared/clusters';
import { watchReplica, type ReplicaChange } from '../../db/replica-changes';
import { createWorkerRpc, type WorkerRpc } from '../worker-rpc';
import type { ClusterAnswer, ClusterJob, ClusterReply } from './protocol';

// What a screen uses: the clusters of one replica, computed in a Worker and kept fresh from
// every committed write (from this window, another or a worker: `watchReplica`). A write
// of a few issues is passed on as their ids; a bulk write (a page of the pull) as "read all".

export interface ClusterSnapshot {
  readonly loaded: boolean;
  /** Every cluster of two open issues or more, by id. */
  readonly clusters: ReadonlyMap<string, ClusterRecord>;
  /** The cluster of each clustered issue. */
  readonly byIssue: ReadonlyMap<string, string>;
  /** Open issues that repeat a complaint resolved in the 30 days before: the earlier issue. */
  readonly repeats: ReadonlyMap<string, RepeatOf>;
}

export interface ClusterClient {
  start(): void;
  stop(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ClusterSnapshot;
  /** Resolves when every change heard so far has been applied: for tests. */
  settled(): Promise<void>;
}

export type WatchMutations = (listener: (change: ReplicaChange) => void) => () => void;

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
export const startClustersWorker = (): Worker =>
  new Worker(new URL('./clusters.worker.ts', import.meta.url), { type: 'module', name: 'clusters' });

export function createClusterRpc(
  startWorker: () => Worker = startClustersWorker,
): WorkerRpc<ClusterJob, ClusterAnswer> {
  return createWorkerRpc<ClusterJob, ClusterReply, ClusterAnswer>({
    startWorker,
    name: 'clusters',
    settle: (reply) =>
      reply.ok ? { ok: true, answer: reply } : { ok: false, error: new Error(reply.message) },
    lost: (detail) => new Error(detail),
  });
}

export function createClusterClient(
  databaseName: string,
  options: { ask?: (job: ClusterJob) => Promise<ClusterAnswer>; watch?: WatchMutations } = {},
): ClusterClient {
  const rpc = options.ask ? null : createClusterRpc();
  const ask = options.ask ?? ((job: ClusterJob) => (rpc as WorkerRpc<ClusterJob, ClusterAnswer>).ask(job));
  const listeners = new Set<() => void>();
  let clusters = new Map<string, ClusterRecord>();
  let repeats = new Map<string, RepeatOf>();
  let snapshot: ClusterSnapshot = { loaded: false, clusters, byIssue: new Map(), repeats };
  let queue: Promise<void> = Promise.resolve();
  let unwatch: (() => void) | null = null;

  const publish = (next: Map<string, ClusterRecord>, loaded: boolean) => {
    clusters = next;
    const byIssue = new Map<string, string>();
    for (const record of next.values()) for (const id of record.issueIds) byIssue.set(id, record.id);
    snapshot = { loaded, clusters: next, byIssue, repeats };
    for (const listener of listeners) listener();
  };
  const take = (answer: ClusterAnswer) => {
    if (answer.kind === 'clusters') {
      repeats = new Map(answer.repeats);
      publish(new Map(answer.clusters.map((record) => [record.id, record])), true);
      return;
    }
    if (answer.repeats.length > 0) {
      repeats = new Map(repeats);
      for (const [id, repeat] of answer.repeats) {
        if (repeat === null) repeats.delete(id);
        else repeats.set(id, repeat);
      }
    }
    publish(applyChange(clusters, answer.change), true);
  };
  const enqueue = (job: ClusterJob | (() => ClusterJob)) => {
    queue = queue
      .then(() => ask(typeof job === 'function' ? job() : job).then(take))
      .catch((error: unknown) => {
        console.error('The clusters could not be brought up to date', error);
      });
  };
  // Issues changed while the worker is busy go in one job: a first pull's pages arrive faster
  // than it answers, and each answer is a new snapshot for the screens to render.
  let gathering: { ids: Set<string>; all: boolean } | null = null;
  const issuesChanged = (ids: Iterable<string>, all: boolean) => {
    if (gathering) {
      for (const id of ids) gathering.ids.add(id);
      gathering.all ||= all;
      return;
    }
    const job = { ids: new Set(ids), all };
    gathering = job;
    enqueue(() => {
      gathering = null;
      return { kind: 'issuesChanged', ids: [...job.ids], all: job.all };
    });
  };
  const onMutation = (change: ReplicaChange) => {
    if (change.touched('clusterOverrides')) enqueue({ kind: 'overridesChanged' });
    const issues = change.touched('issues');
    if (issues) issuesChanged(issues.ids, issues.ranges.length > 0);
  };

  return {
    start: () => {
      if (unwatch) return;
      unwatch = options.watch ? options.watch(onMutation) : watchReplica(databaseName, onMutation);
      enqueue({ kind: 'load', databaseName });
    },
    stop: () => {
      unwatch?.();
      unwatch = null;
      rpc?.stop('the clusters worker was stopped');
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    settled: async () => {
      let seen: Promise<void> | null = null;
      while (seen !== queue) {
        seen = queue;
        await queue;
      }
    },
  };
}

/** The clusters a screen had, with a change applied. */
export function applyChange(
  clusters: ReadonlyMap<string, ClusterRecord>,
  change: ClusterChange,
): Map<string, ClusterRecord> {
  const next = new Map(clusters);
  for (const id of change.removed) next.delete(id);
  for (const record of change.changed) next.set(record.id, record);
  return next;
}
