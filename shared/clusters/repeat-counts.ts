import { moscowDayStart } from '../calendar/moscow';
import { buildingKey } from './address-key';
import { RepeatIndex, type RepeatIssue } from './repeats';

// Ratings' view of repeats: how many issues received in a period repeated a complaint resolved
// in the 30 days before, by topic, by building and by the staff member who answered the earlier
// one. A fix that did not hold shows against the one who reported it fixed.

/** Moscow dates `[from, to)` of the repeats' receipt. */
export interface RepeatPeriod {
  readonly from: string;
  readonly to: string;
}

export interface RepeatCount {
  /** A category id, a building key, or a staff id ('' for an earlier issue nobody was assigned). */
  readonly key: string;
  /** For a building: its address as the first repeat there wrote it; otherwise the key. */
  readonly label: string;
  readonly count: number;
}

export interface RepeatCounts {
  readonly total: number;
  readonly byTopic: readonly RepeatCount[];
  readonly byBuilding: readonly RepeatCount[];
  readonly byStaff: readonly RepeatCount[];
}

class Tally {
  private readonly counts = new Map<string, { label: string; count: number }>();
  add(key: string, label: string): void {
    const entry = this.counts.get(key);
    if (entry) entry.count += 1;
    else this.counts.set(key, { label, count: 1 });
  }
  sorted(): RepeatCount[] {
    return [...this.counts]
      .map(([key, { label, count }]) => ({ key, label, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

export function countRepeats(issues: readonly RepeatIssue[], period: RepeatPeriod): RepeatCounts {
  const index = new RepeatIndex();
  for (const issue of issues) index.upsert(issue);
  const from = moscowDayStart(period.from);
  const to = moscowDayStart(period.to);
  const topics = new Tally();
  const buildings = new Tally();
  const staff = new Tally();
  let total = 0;
  for (const issue of issues) {
    const received = Date.parse(issue.receivedAt);
    if (received < from || received >= to) continue;
    const repeat = index.repeatOf(issue);
    if (repeat === null) continue;
    total += 1;
    topics.add(issue.categoryId, issue.categoryId);
    buildings.add(buildingKey(issue.address) ?? issue.address.toLowerCase(), issue.address);
    staff.add(repeat.assigneeId ?? '', repeat.assigneeId ?? '');
  }
  return { total, byTopic: topics.sorted(), byBuilding: buildings.sorted(), byStaff: staff.sorted() };
}
