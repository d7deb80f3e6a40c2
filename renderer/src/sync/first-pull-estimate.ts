// How much of the history is still to come, for a person watching the first pull. The city
// gives no total: neither GET /issues nor the feed counts, and the cursor and ids are opaque.
// What it does give is time: the feed runs oldest first and every issue carries its receipt,
// so the latest receipt among the issues applied tells how far along the company's timeline
// the feed has come. Assuming issues arrive at an even rate, the share of the time span from
// the first receipt to now is the share of the (not open) issues received; the open work is
// all in already and counted as it is.

export interface HistoryPosition {
  nowMs: number;
  /** The oldest receipt the history brought (where the company's history begins). */
  fromMs: number | null;
  /** The latest receipt among the issues the history brought so far. */
  throughMs: number | null;
}

/** Below this share of the time span the estimate is too wild to show. */
const MIN_SHARE = 0.01;
/** The pace is measured over at least this long before a time left is given. */
const MIN_PACE_MS = 1_000;

/** The share of the company's time span the feed has covered, 0..1, or null while unknown. */
export function historyShare({ nowMs, fromMs, throughMs }: HistoryPosition): number | null {
  if (fromMs === null || throughMs === null || nowMs <= fromMs) return null;
  return Math.min(1, Math.max(0, (throughMs - fromMs) / (nowMs - fromMs)));
}

/** About how many issues the replica will hold: the open work plus the rest scaled up by the share covered. */
export function expectedIssues(
  openIssues: number,
  issuesReceived: number,
  share: number | null,
): number | null {
  if (share === null || share < MIN_SHARE) return null;
  const rest = Math.max(0, issuesReceived - openIssues);
  return Math.max(issuesReceived, Math.round(openIssues + rest / share));
}

/** The pace of this attempt, from its first batch: when it began and the share covered then. */
export interface HistoryPace {
  sinceMs: number;
  shareThen: number;
}

/** When the history should be in at this attempt's pace; null until the pace is known. */
export function expectedDoneAtMs(
  nowMs: number,
  share: number | null,
  pace: HistoryPace | null,
): number | null {
  if (share === null || pace === null) return null;
  const elapsed = nowMs - pace.sinceMs;
  const covered = share - pace.shareThen;
  if (elapsed < MIN_PACE_MS || covered <= 0) return null;
  return Math.round(nowMs + (elapsed * (1 - share)) / covered);
}
