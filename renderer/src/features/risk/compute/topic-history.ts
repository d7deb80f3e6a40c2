// The company's own history of how long each topic takes, kept sorted per topic: for each past
// wait that ended with a report, the share of the time its deadline allowed that it used
// (working hours to the report over working hours from the wait's start to the deadline; 1 or
// more was late). Shares rather than hours, because one topic's issues received on a Friday or
// before the May holidays have more hours to the same deadline. Adding a wait is a binary
// search and one insertion, so a replay that walks forward day by day (or a replica that
// learns of new reports) keeps it current without recounting 100,000 issues.

/** At least this many past issues of a topic before its own figures are trusted; else the company's. */
export const MIN_TOPIC_SAMPLES = 20;

/** What the history says about an issue that has used `usedShare` of its time so far. */
export interface TopicOutlook {
  /** Whose figures these are: the topic's own, or the whole company's when the topic has too few. */
  source: 'topic' | 'company';
  /** Past waits (of the topic or company) in the figures. */
  samples: number;
  /** The median share of their time they used. */
  medianShare: number;
  /** Of them, how many had still no report after the same share: the waits like this one. */
  alike: number;
  /** How many of the alike were late (used all their time or more). */
  lateAlike: number;
  /** The `quantile` of the shares the alike used (null when none was alike). */
  expectedShare: number | null;
}

export class TopicHistory {
  private readonly byTopic = new Map<string, number[]>();
  private readonly all: number[] = [];

  /** One past wait of the topic: the share of its time it used before the report. */
  add(categoryId: string, usedShare: number): void {
    let shares = this.byTopic.get(categoryId);
    if (shares === undefined) {
      shares = [];
      this.byTopic.set(categoryId, shares);
    }
    insertSorted(shares, usedShare);
    insertSorted(this.all, usedShare);
  }

  /** Past waits of the topic (all topics when `categoryId` is omitted). */
  samples(categoryId?: string): number {
    return (categoryId === undefined ? this.all : this.byTopic.get(categoryId))?.length ?? 0;
  }

  /**
   * The outlook of an issue of `categoryId` still without a report after `usedShare` of its
   * time: among past waits that also had none by then, the `quantile` of the shares they used
   * (0.5 the median, 0.75 the p75) and how many were late. Null when no past wait exists.
   */
  outlook(categoryId: string, usedShare: number, quantile: number): TopicOutlook | null {
    const own = this.byTopic.get(categoryId);
    const topic = own !== undefined && own.length >= MIN_TOPIC_SAMPLES;
    const shares = topic ? own : this.all;
    if (shares.length === 0) return null;
    const firstAlike = upperBound(shares, usedShare);
    const alike = shares.length - firstAlike;
    return {
      source: topic ? 'topic' : 'company',
      samples: shares.length,
      medianShare: quantileOfSorted(shares, 0, shares.length, 0.5),
      alike,
      lateAlike: shares.length - lowerBound(shares, Math.max(1, usedShare)),
      expectedShare: alike === 0 ? null : quantileOfSorted(shares, firstAlike, shares.length, quantile),
    };
  }
}

/** The `q` quantile of sorted[from, to), linearly interpolated between neighbours (to > from). */
export function quantileOfSorted(sorted: readonly number[], from: number, to: number, q: number): number {
  const position = from + (to - from - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, to - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/** The first index whose value is greater than `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  return firstIndex(sorted, (item) => item > value);
}

/** The first index whose value is `value` or more. */
function lowerBound(sorted: readonly number[], value: number): number {
  return firstIndex(sorted, (item) => item >= value);
}

/** The first index where `after` holds (it holds from there to the end). */
function firstIndex(sorted: readonly number[], after: (item: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (after(sorted[middle] ?? 0)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function insertSorted(sorted: number[], value: number): void {
  sorted.splice(upperBound(sorted, value), 0, value);
}
