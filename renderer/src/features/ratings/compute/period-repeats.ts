import type { DrillTarget } from './breakdowns';
import type { PeriodIssues } from './period-issues';
import type { RowIndex } from './row-index';
import { topicName, type RowName } from './topic-name';

// Repeat complaints of a period: its issues that came where an issue on the topic had been
// resolved in the 30 days before (repeat-links.ts), counted by topic, by building and by the
// staff member who answered the earlier one: a fix that did not hold shows there.

export interface RepeatRow {
  key: string;
  /** null: nobody (an earlier issue nobody was assigned) or a name the replica lacks. */
  name: RowName;
  count: number;
  /** Of the period's repeats. */
  share: number;
  /** The queue filtered to the topic or the building (the repeats are among its issues); none for a person. */
  target: DrillTarget | null;
}

export interface PeriodRepeats {
  /** The period's issues that are repeats. */
  total: number;
  /** The period's issues. */
  issues: number;
  byTopic: RepeatRow[];
  byBuilding: RepeatRow[];
  byStaff: RepeatRow[];
}

type Describe = (position: number, earlier: number) => Omit<RepeatRow, 'count' | 'share'>;

/**
 * One breakdown of the period's repeats. A year has tens of thousands of them: each is counted
 * under a number (`rowOf`, one number a row, below `rowCount`), and a row is described once, by
 * the first repeat that falls in it.
 */
interface Breakdown {
  rowCount: number;
  rowOf(position: number, earlier: number): number;
  describe: Describe;
}

function tally(period: PeriodIssues, repeatOf: Int32Array, breakdown: Breakdown, total: number): RepeatRow[] {
  const counts = new Int32Array(breakdown.rowCount);
  const firstAt = new Int32Array(breakdown.rowCount);
  const found: number[] = [];
  for (let at = 0; at < period.count; at += 1) {
    const position = period.positions[at] ?? 0;
    const earlier = repeatOf[position] ?? -1;
    if (earlier < 0) continue;
    const row = breakdown.rowOf(position, earlier);
    if ((counts[row] ?? 0) === 0) {
      firstAt[row] = at;
      found.push(row);
    }
    counts[row] = (counts[row] ?? 0) + 1;
  }
  return found
    .map((row) => {
      const position = period.positions[firstAt[row] ?? 0] ?? 0;
      const count = counts[row] ?? 0;
      const described = breakdown.describe(position, repeatOf[position] ?? -1);
      return { ...described, count, share: total === 0 ? 0 : count / total };
    })
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const same = (name: string): RowName => ({ ru: name, en: name });

/** The period's repeats; `repeatOf` is the index's repeat links (row-index.ts). */
export function periodRepeats(period: PeriodIssues, index: RowIndex, repeatOf: Int32Array): PeriodRepeats {
  const { rows, groups } = index;
  let total = 0;
  for (let at = 0; at < period.count; at += 1)
    if ((repeatOf[period.positions[at] ?? 0] ?? -1) >= 0) total += 1;
  // A topic's row is its group (one a category id), a building's its group or, for an address
  // naming no building, the address's own entry after them; a person's, the earlier issue's
  // assignee's group (one an assignee id, nobody's too).
  const topic: Breakdown = {
    rowCount: groups.topic.keys.length,
    rowOf: (position) => groups.topic.ofIssue[position] ?? 0,
    describe: (position) => {
      const categoryId = rows.issues[position]?.categoryId ?? '';
      return {
        key: categoryId,
        name: topicName(categoryId, index),
        target: { kind: 'category', categoryId },
      };
    },
  };
  const buildingRows = groups.building.keys.length;
  const building: Breakdown = {
    rowCount: buildingRows + groups.addresses.length,
    rowOf: (position) => {
      const group = groups.building.ofIssue[position] ?? -1;
      const entry = groups.addressOf[position] ?? 0;
      return group < 0 || (groups.addresses[entry]?.building ?? null) === null ? buildingRows + entry : group;
    },
    describe: (position) => {
      // The building as the breakdowns group it; an address naming none, as written.
      const group = groups.building.ofIssue[position] ?? -1;
      const found = groups.addresses[groups.addressOf[position] ?? 0]?.building ?? null;
      const written = rows.issues[position]?.address ?? '';
      return group < 0 || found === null
        ? { key: `address:${written}`, name: same(written), target: { kind: 'address', text: written } }
        : {
            key: `building:${group}`,
            name: same(found.label),
            target: { kind: 'address', text: found.searchText },
          };
    },
  };
  const staff: Breakdown = {
    rowCount: groups.staff.keys.length,
    rowOf: (_position, earlier) => groups.staff.ofIssue[earlier] ?? 0,
    describe: (_position, earlier) => {
      const staffId = rows.issues[earlier]?.assigneeId ?? null;
      const name = staffId === null ? null : same(index.staff.get(staffId)?.name ?? staffId);
      return { key: staffId ?? '', name, target: null };
    },
  };
  return {
    total,
    issues: period.count,
    byTopic: tally(period, repeatOf, topic, total),
    byBuilding: tally(period, repeatOf, building, total),
    byStaff: tally(period, repeatOf, staff, total),
  };
}
