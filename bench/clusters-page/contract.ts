import type { ClusterIssue, SectionSource } from '@shared/clusters';

// What passes between `bench/clusters.bench.ts` (Node) and the bench page (Chromium).

export interface ClustersBenchData {
  issues: ClusterIssue[];
  categories: SectionSource[];
  /** One changed issue each: a new complaint, a status or a deadline moved, in turn. */
  changes: ClusterIssue[];
}

export interface ClustersBenchOptions {
  dataUrl: string;
  warmups: number;
  runs: number;
}

export interface ClustersBenchResult {
  issues: number;
  open: number;
  clusters: number;
  largest: number;
  /** All clusters from scratch, timed inside the worker. */
  computeMs: number[];
  /** The same with the round trip to the worker. */
  computeRoundTripMs: number[];
  /** The yardstick: one pass grouping the same open issues by section and address as written, in the page. */
  groupingMs: number[];
  /** One changed issue re-clustered, timed inside the worker; and with the round trip. */
  changeMs: number[];
  changeRoundTripMs: number[];
  /** The same world with every issue open (a stress case: ~70 times the open issues, longer chains). */
  stress: { open: number; clusters: number; largest: number; computeMs: number[]; changeMs: number[] };
}

declare global {
  interface Window {
    runClustersBench?: (options: ClustersBenchOptions) => Promise<ClustersBenchResult>;
  }
}
