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
    const consider = (entry: Resolved): void => {
      if (entry.id === issue.id || entry.at >= received) return;
      if (best !== null && (entry.at < best.at || (entry.at === best.at && entry.id > best.id))) return;
      if (samePlace(keys, entry)) best = entry;
    };
    if (keys.building !== null) this.buildings.within(keys.building, from, received, consider);
    for (const cell of keys.cells) this.cells.within(cell, from, received, consider);
    const found = best as Resolved | null;
    return found === null
      ? null
      : { issueId: found.id, resolvedAt: found.issue.resolvedAt ?? '', assigneeId: found.issue.assigneeId };
  }
}

const pointOf = (issue: RepeatIssue) => ({ lat: issue.lat, lng: issue.lng, address: issue.address });

/** For each open issue (any status but resolved) that is a repeat, the issue it repeats. */
export function findRepeats(issues: readonly RepeatIssue[]): Map<string, RepeatOf> {
  const index = new RepeatIndex();
  for (const issue of issues) index.upsert(issue);
  const repeats = new Map<string, RepeatOf>();
  for (const issue of issues) {
    if (issue.status === 'resolved') continue;
    const repeat = index.repeatOf(issue);
    if (repeat !== null) repeats.set(issue.id, repeat);
  }
  return repeats;
}
