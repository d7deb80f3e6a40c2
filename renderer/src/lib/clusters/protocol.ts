import type { ClusterChange, ClusterIssue, ClusterRecord, RepeatOf, SectionSource } from '@shared/clusters';
import type { WorkerRequest } from '../worker-rpc';

// What the UI thread asks of the clusters' worker (clusters.worker.ts), and the answers.

export type ClusterJob =
  /** Read the replica (open issues, categories, the dispatcher's corrections) and cluster it. */
  | { kind: 'load'; databaseName: string }
  /** Read these issues again (written or removed since) and re-cluster them; `all`: a bulk write, read everything. */
  | { kind: 'issuesChanged'; ids: readonly string[]; all: boolean }
  /** The corrections changed: read them again. */
  | { kind: 'overridesChanged' }
  /** Take these issues as they are, without the replica (a benchmark's or a test's world). */
  | { kind: 'hold'; issues: readonly ClusterIssue[]; categories: readonly SectionSource[] }
  /** Cluster everything held from scratch; answers how long it took inside the worker. */
  | { kind: 'recompute' }
  /** Take in new copies of issues directly; answers the change and how long it took inside the worker. */
  | { kind: 'apply'; upserts: readonly ClusterIssue[]; removals: readonly string[] };

/** Clusters, and the repeat marks of open issues (issue id → the resolved issue it repeats). */
export type ClusterAnswer =
  | {
      kind: 'clusters';
      clusters: readonly ClusterRecord[];
      repeats: readonly [string, RepeatOf][];
      workMs: number;
    }
  /** `repeats`: the marks that changed; null where an issue no longer repeats anything (or has gone). */
  | { kind: 'change'; change: ClusterChange; repeats: readonly [string, RepeatOf | null][]; workMs: number };

export type ClusterRequest = WorkerRequest<ClusterJob>;

export type ClusterReply =
  ({ id: number; ok: true } & ClusterAnswer) | { id: number; ok: false; message: string };
