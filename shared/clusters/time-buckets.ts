// Lists kept sorted by time under string keys: "the issues of this building and section", "the
// issues of this grid cell". Finding what lies within a window of one moment is a binary search
// and a walk over the window, never a pass over everything.

export interface Timed {
  readonly id: string;
  readonly at: number;
}

/** Index of the first item at or after `at` (by time, then id). */
export function lowerBound<T extends Timed>(list: readonly T[], at: number, id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid] as T;
    if (item.at < at || (item.at === at && item.id < id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TimeBuckets<T extends Timed, K = string> {
  private readonly buckets = new Map<K, T[]>();

  add(key: K, item: T): void {
    const list = this.buckets.get(key);
    if (list === undefined) {
      this.buckets.set(key, [item]);
      return;
    }
    const last = list[list.length - 1] as T;
    // Issues mostly arrive in order of receipt: appending is the common case.
    if (last.at < item.at || (last.at === item.at && last.id < item.id)) list.push(item);
    else list.splice(lowerBound(list, item.at, item.id), 0, item);
  }

  remove(key: K, item: T): void {
    const list = this.buckets.get(key);
    if (list === undefined) return;
    const index = lowerBound(list, item.at, item.id);
    if (list[index] !== item) return;
    if (list.length === 1) this.buckets.delete(key);
    else list.splice(index, 1);
  }

  /** The sorted list under `key`, for a caller that walks a window itself (see `lowerBound`). */
  list(key: K): readonly T[] | undefined {
    return this.buckets.get(key);
  }

  /**
   * Walks the items under `key` with `from ≤ at < before` from the latest back, until `visit`
   * says it has what it wants (returns true): asking "the latest such item" of a building with
   * thousands in the window then reads one or two, not all of them.
   */
  latestBefore(key: K, from: number, before: number, visit: (item: T) => boolean): void {
    const list = this.buckets.get(key);
    if (list === undefined) return;
    for (let index = lowerBound(list, before, '') - 1; index >= 0; index -= 1) {
      const item = list[index] as T;
      if (item.at < from || visit(item)) return;
    }
  }

  /** Calls `visit` for each item under `key` with `from ≤ at ≤ to`. */
  within(key: K, from: number, to: number, visit: (item: T) => void): void {
    const list = this.buckets.get(key);
    if (list === undefined) return;
    for (let index = lowerBound(list, from, ''); index < list.length; index += 1) {
      const item = list[index] as T;
      if (item.at > to) return;
      visit(item);
    }
  }
}
