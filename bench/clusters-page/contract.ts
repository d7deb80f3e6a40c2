import type { ClusterIssue, SectionSource } from '@shared/clusters';

// What passes between `bench/clusters.bench.ts` (Node) and the bench page (Chromium).

export interface ClustersBenchData {
  issues: ClusterIssue[];
  categories: SectionSource[];
  /** One changed issue each: a new complaint, a status or a deadline moved, in turn. */
  changes: ClusterIssue[];
  /** The same kinds of change, drawn from every issue (for the world where all are open). */
  allOpenChanges: ClusterIssue[];
}

export interface ClustersBenchOptions {
  dataUrl: string;
  warmups: number;
  runs: number;
}

/** One world's figures, every time taken inside the clusters' worker (the round trip beside). */
export interface ClustersWorldFigures {
  /** Issues held, and of them open (clustered). */
  issues: number;
  open: number;
  clusters: number;
  largest: number;
  /** All clusters from scratch. */
  computeMs: number[];
  computeRoundTripMs: number[];
  /** The first change after a full clustering (apart: it may find the index cold). */
  firstChangeMs: number;
  /** One changed issue re-clustered, one after another. */
  changeMs: number[];
  changeRoundTripMs: number[];
}

export interface ClustersBenchResult {
  /** The issue's case: 100,000 local issues, every one open and clustered. */
  allOpen: ClustersWorldFigures;
  /** The bench world as a replica holds it after a year: most issues resolved, the open ones clustered. */
  replica: ClustersWorldFigures;
}

declare global {
  interface Window {
    runClustersBench?: (options: ClustersBenchOptions) => Promise<ClustersBenchResult>;
  }
}
