import { addDays } from '../calendar/isoDate';
import { moscowDateOf, moscowDayStart } from '../calendar/moscow';
import { placeKeys, samePlace, type PlaceKeys } from './place-keys';
import { REPEAT_WINDOW_DAYS, RepeatIndex, type RepeatIssue, type RepeatOf } from './repeats';
import { TimeBuckets } from './time-buckets';

// The repeat marks of the open issues, kept as issues change: a new copy of one issue asks
// again only about itself and, when it is (or was) resolved, the open issues at its place and
// topic received in the 30 days after its resolution; never about every issue.

interface OpenEntry extends PlaceKeys {
  readonly id: string;
  /** Receipt, epoch ms. */
  readonly at: number;
  readonly issue: RepeatIssue;
  readonly lat: number;
  readonly lng: number;
}

/** Open issue id → what it now repeats, or null where it no longer repeats anything (or has gone). */
export type RepeatChange = ReadonlyMap<string, RepeatOf | null>;

/** The first receipt that no longer counts as a repeat of a resolution at `resolvedAt`. */
const windowEnd = (resolvedAt: string): number =>
  moscowDayStart(addDays(moscowDateOf(resolvedAt), REPEAT_WINDOW_DAYS + 1));

const sameRepeat = (a: RepeatOf | undefined, b: RepeatOf | null): boolean =>
  (a === undefined && b === null) ||
  (a !== undefined && b !== null && a.issueId === b.issueId && a.resolvedAt === b.resolvedAt);

export class RepeatTracker {
  private readonly resolved = new RepeatIndex();
  private readonly issues = new Map<string, RepeatIssue>();
  private readonly open = new Map<string, OpenEntry>();
  private readonly buildings = new TimeBuckets<OpenEntry>();
  private readonly cells = new TimeBuckets<OpenEntry>();
  private readonly marks = new Map<string, RepeatOf>();

  /** Every open issue that is a repeat, and what it repeats. */
  repeats(): ReadonlyMap<string, RepeatOf> {
    return this.marks;
  }

  apply(upserts: Iterable<RepeatIssue>, removals: Iterable<string> = []): RepeatChange {
    const affected = new Set<string>();
    for (const id of removals) this.take(id, affected);
    for (const issue of upserts) {
      this.take(issue.id, affected);
      this.put(issue, affected);
    }
    const change = new Map<string, RepeatOf | null>();
    for (const id of affected) {
      const entry = this.open.get(id);
      const next = entry === undefined ? null : this.resolved.repeatOf(entry.issue);
      if (sameRepeat(this.marks.get(id), next)) continue;
      if (next === null) this.marks.delete(id);
      else this.marks.set(id, next);
      change.set(id, next);
    }
    return change;
  }

  private take(id: string, affected: Set<string>): void {
    const held = this.issues.get(id);
    if (held === undefined) return;
    this.issues.delete(id);
    this.resolved.remove(id);
    affected.add(id);
    if (held.status === 'resolved' && held.resolvedAt !== null) this.openAfter(held, affected);
    const entry = this.open.get(id);
    if (entry === undefined) return;
    this.open.delete(id);
    if (entry.building !== null) this.buildings.remove(entry.building, entry);
    this.cells.remove(entry.cells[0] as string, entry);
  }

  private put(issue: RepeatIssue, affected: Set<string>): void {
    this.issues.set(issue.id, issue);
    affected.add(issue.id);
    if (issue.status === 'resolved') {
      this.resolved.upsert(issue);
      if (issue.resolvedAt !== null) this.openAfter(issue, affected);
      return;
    }
    const entry: OpenEntry = {
      ...placeKeys(issue.categoryId, issue),
      id: issue.id,
      at: Date.parse(issue.receivedAt),
      issue,
      lat: issue.lat,
      lng: issue.lng,
    };
    this.open.set(issue.id, entry);
    if (entry.building !== null) this.buildings.add(entry.building, entry);
    this.cells.add(entry.cells[0] as string, entry);
  }

  /** The open issues whose mark a resolution of `issue` can decide. */
  private openAfter(issue: RepeatIssue, affected: Set<string>): void {
    const keys = { ...placeKeys(issue.categoryId, issue), lat: issue.lat, lng: issue.lng };
    const from = Date.parse(issue.resolvedAt ?? '');
    const to = windowEnd(issue.resolvedAt ?? '');
    const visit = (entry: OpenEntry): void => {
      if (samePlace(keys, entry)) affected.add(entry.id);
    };
    if (keys.building !== null) this.buildings.within(keys.building, from, to, visit);
    for (const cell of keys.cells) this.cells.within(cell, from, to, visit);
  }
}
