import type { RatingsIssue } from './rows';

// Which issue a report, a rating or a timeline event belongs to, by its issue id. The replica
// hands its issues over in id order (the primary key) and its reports, ratings and events in
// issue-id order (their `issueId` index, load-rows.ts): then a row's issue is found by walking
// both lists side by side, with no hashing of 300,000 ids. Rows in any other order (a test's,
// or a replica read some other way) are looked up in a map, with the same answers.

/** The issues' slots, and the slot of any issue id. */
export class IdSlots {
  /** Each issue's slot: the position of the first issue with its id. */
  readonly ofIssue: Int32Array;
  /** Ids strictly increasing: every issue is its own slot, found by walking or bisection. */
  private readonly ordered: boolean;
  private map: Map<string, number> | null = null;

  constructor(private readonly issues: readonly RatingsIssue[]) {
    this.ordered = strictlyIncreasing(issues);
    this.ofIssue = new Int32Array(issues.length);
    if (this.ordered)
      for (let position = 0; position < issues.length; position += 1) this.ofIssue[position] = position;
    else {
      const map = this.byId();
      for (let position = 0; position < issues.length; position += 1)
        this.ofIssue[position] = map.get(issues[position]?.id ?? '') ?? position;
    }
  }

  /** The slot of one id, -1 for an id no issue has. */
  slotOf(id: string): number {
    if (!this.ordered) return this.byId().get(id) ?? -1;
    let low = 0;
    let high = this.issues.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.issues[middle]?.id ?? '';
      if (found === id) return middle;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The slot of each of `count` rows (-1 for a row of no issue here), their issue ids given by `idAt`. */
  slotsOfRows(count: number, idAt: (position: number) => string): Int32Array {
    const slots = new Int32Array(count);
    const issues = this.issues;
    let at = 0;
    let previous = '';
    for (let position = 0; position < count; position += 1) {
      const id = idAt(position);
      if (!this.ordered || id < previous) {
        // Not in issue-id order after all: the rest is looked up.
        for (let rest = position; rest < count; rest += 1) slots[rest] = this.slotOf(idAt(rest));
        return slots;
      }
      while (at < issues.length && (issues[at]?.id ?? '') < id) at += 1;
      slots[position] = at < issues.length && issues[at]?.id === id ? at : -1;
      previous = id;
    }
    return slots;
  }

  private byId(): Map<string, number> {
    if (this.map === null) {
      const map = new Map<string, number>();
      // From the last issue to the first, so that the first of an id is what stays.
      for (let position = this.issues.length - 1; position >= 0; position -= 1)
        map.set(this.issues[position]?.id ?? '', position);
      this.map = map;
    }
    return this.map;
  }
}

function strictlyIncreasing(issues: readonly RatingsIssue[]): boolean {
  for (let position = 1; position < issues.length; position += 1)
    if (!((issues[position - 1]?.id ?? '') < (issues[position]?.id ?? ''))) return false;
  return true;
}
