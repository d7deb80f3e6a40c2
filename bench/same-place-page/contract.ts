// What the bench page offers the Node side of `npm run bench:same-place`.

export interface SamePlaceBenchPair {
  id: string;
  /** Addresses of the two photos, served beside the page. */
  residentUrl: string;
  afterUrl: string;
}

export interface SamePlaceBenchOutcome {
  id: string;
  samePlace: boolean;
  score: number;
  inliers: number;
  matches: number;
  /** One comparison from the UI thread's side: both photos decoded and compared in the worker. */
  ms: number;
}

export interface SamePlaceBenchWindow {
  runSamePlaceBench(pairs: SamePlaceBenchPair[], rounds: number): Promise<SamePlaceBenchOutcome[]>;
}
