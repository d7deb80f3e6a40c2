// What the every-check bench's page (bench/checks-page) and its runner (bench/checks.bench.ts) say
// to each other.

export interface ChecksBenchPhoto {
  /** For the report: `jpeg`, `heic`. */
  kind: string;
  url: string;
  name: string;
  type: string;
}

export interface ChecksBenchOptions {
  photos: ChecksBenchPhoto[];
  /** A resident's photo of another place (every RANSAC round runs: the slow case). */
  otherResidentUrl: string;
  /** When the issue reached the company, for the capture-time check. */
  issueReceivedAt: string;
  issue: { lat: number; lng: number };
  warmups: number;
  runs: number;
}

/** One photo taken in as the editor takes it, each step timed from the UI thread's side. */
export interface ChecksBenchRun {
  kind: string;
  /** Which resident photo it was compared with: the same scene, or another place. */
  resident: 'same' | 'other';
  /** Decode, EXIF capture time and GPS, darkness and blur, faces found and blurred, encode, hash. */
  processMs: number;
  /** The after-photo compared with the resident's (the resident's details not kept yet). */
  compareMs: number;
  /** The checks' verdicts worked out from both (photo-checks.ts), on the UI thread. */
  verdictMs: number;
  totalMs: number;
  /** The check codes that came out, to see that each check really ran. */
  codes: string[];
}

export interface ChecksBenchResult {
  runs: ChecksBenchRun[];
  /** The bench page's own long tasks (over 50 ms) while the photos went through the worker. */
  longTasks: number[];
}

export interface ChecksBenchWindow {
  runChecksBench(options: ChecksBenchOptions): Promise<ChecksBenchResult>;
}
