import { moscowDateOf, moscowDayStart } from '../calendar/moscow';
import { addDays } from '../calendar/isoDate';
import { placeKeys, samePlace, type PlaceKeys } from './place-keys';
import { TimeBuckets } from './time-buckets';
import type { ClusterIssue } from './types';

// A repeat complaint: an issue at a building (or within 50 m) and topic where another issue was
// resolved in the 30 Moscow days before it was received (resolved on 1 March, a new one received
// any time up to 31 March is a repeat). The fix did not hold; whoever answered the earlier one is
// who Ratings counts it against. The index keeps resolved issues by topic and place, sorted by
// resolution, so asking about one issue walks one building's and nine cells' lists.

export const REPEAT_WINDOW_DAYS = 30;

/** An issue as repeats read it: where, what, when received, and when resolved and by whom. */
export interface RepeatIssue extends Omit<ClusterIssue, 'deadlineAt'> {
  readonly assigneeId: string | null;
  /** When its answer was accepted (the accepted report's decision), or null while not resolved. */
  readonly resolvedAt: string | null;
}

/** The earlier, resolved issue a repeat follows. */
export interface RepeatOf {
  readonly issueId: string;
  readonly resolvedAt: string;
  /** Who answered it: the earlier issue's assignee. */
  readonly assigneeId: string | null;
}

interface Resolved extends PlaceKeys {
  readonly id: string;
  /** Resolution, epoch ms. */
  readonly at: number;
  readonly issue: RepeatIssue;
  readonly lat: number;
  readonly lng: number;
  readonly address: string;
}

/** The earliest moment an earlier resolution counts for an issue received at `receivedAt`. */
export function repeatWindowStart(receivedAt: string): number {
  return moscowDayStart(addDays(moscowDateOf(receivedAt), -REPEAT_WINDOW_DAYS));
}

export class RepeatIndex {
  private readonly held = new Map<string, Resolved>();
  private readonly buildings = new TimeBuckets<Resolved>();
  private readonly cells = new TimeBuckets<Resolved>();

  /**
   * An index of many issues at once: taken in order of resolution, each lands at the end of its
   * lists (a list kept sorted by insertion in any other order moves its tail at every issue).
   */
  static of(issues: readonly RepeatIssue[]): RepeatIndex {
    const index = new RepeatIndex();
    const resolved = issues
      .filter((issue) => issue.status === 'resolved' && issue.resolvedAt !== null)
      .map((issue) => ({ issue, at: Date.parse(issue.resolvedAt ?? '') }))
      .sort((a, b) => a.at - b.at || (a.issue.id < b.issue.id ? -1 : a.issue.id > b.issue.id ? 1 : 0));
    for (const { issue } of resolved) index.upsert(issue);
    return index;
  }

  /** Takes in an issue's new copy: only resolved issues are kept. */
  upsert(issue: RepeatIssue): void {
    this.remove(issue.id);
    if (issue.status !== 'resolved' || issue.resolvedAt === null) return;
    const keys = placeKeys(issue.categoryId, issue);
    const at = Date.parse(issue.resolvedAt);
    const entry: Resolved = { ...keys, id: issue.id, at, issue, ...pointOf(issue) };
    this.held.set(issue.id, entry);
    if (entry.building !== null) this.buildings.add(entry.building, entry);
    this.cells.add(entry.cells[0] as string, entry);
  }

  remove(issueId: string): void {
    const entry = this.held.get(issueId);
    if (entry === undefined) return;
    this.held.delete(issueId);
    if (entry.building !== null) this.buildings.remove(entry.building, entry);
    this.cells.remove(entry.cells[0] as string, entry);
  }

  /** The latest resolved issue this one repeats, or null. Any status: Ratings asks of past issues too. */
  repeatOf(issue: RepeatIssue): RepeatOf | null {
    const keys = { ...placeKeys(issue.categoryId, issue), ...pointOf(issue) };
    const received = Date.parse(issue.receivedAt);
    const from = repeatWindowStart(issue.receivedAt);
    let best: Resolved | null = null;
    // Each list is walked from the moment of receipt back: the first entry at the place is that
    // list's latest, and one no later than the best so far ends the walk (entries of the same
    // moment are walked on, for the smaller id).
    const consider = (entry: Resolved): boolean => {
      if (best !== null && entry.at < best.at) return true;
      if (entry.id === issue.id || !samePlace(keys, entry)) return false;
      if (best === null || entry.at > best.at || entry.id < best.id) best = entry;
      return false;
    };
    if (keys.building !== null) this.buildings.latestBefore(keys.building, from, received, consider);
    for (const cell of keys.cells) this.cells.latestBefore(cell, from, received, consider);
    const found = best as Resolved | null;
    return found === null
      ? null
      : { issueId: found.id, resolvedAt: found.issue.resolvedAt ?? '', assigneeId: found.issue.assigneeId };
  }
}

const pointOf = (issue: RepeatIssue) => ({ lat: issue.lat, lng: issue.lng, address: issue.address });
