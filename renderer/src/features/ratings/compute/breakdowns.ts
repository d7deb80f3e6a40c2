import { FiguresTally, type GroupFigures } from './figures';
import { hoursMedians } from './hours-medians';
import type { Grouping } from './issue-groups';
import type { IssueFacts } from './issue-facts';
import { addToPeriod, emptyPeriod, type PeriodIssues } from './period-issues';
import { DECIDED, ON_TIME, OVERDUE } from './figures';
import type { RowIndex } from './row-index';
import { topicName, type RowName } from './topic-name';

export type { RowName };

/** What a breakdown row stands for, so the screen can open the queue on the same issues. */
export type DrillTarget =
  | { kind: 'category'; categoryId: string }
  | { kind: 'assignee'; staffId: string | null }
  | { kind: 'address'; text: string };

export interface BreakdownRow {
  key: string;
  name: RowName;
  target: DrillTarget;
  figures: GroupFigures;
}

export interface Breakdowns {
  byTopic: BreakdownRow[];
  byStaff: BreakdownRow[];
  byStreet: BreakdownRow[];
  byBuilding: BreakdownRow[];
}

/** A row's name and link, from the first of the period's issues in it (addresses are spelt in many ways). */
type Describe = (position: number, key: string) => { name: RowName; target: DrillTarget };

const same = (text: string): RowName => ({ ru: text, en: text });

/** One breakdown's tally over the period's issues, and the first issue of each row. */
function tallyGrouping(grouping: Grouping, period: PeriodIssues, index: RowIndex) {
  const groups = grouping.keys.length;
  const tally = new FiguresTally(index.table, groups);
  const firstIssue = new Int32Array(groups).fill(-1);
  // The groups in the order their first issue came: the order rows of equal issues and
  // equally collated keys keep.
  const seen: number[] = [];
  for (let at = 0; at < period.count; at += 1) {
    const position = period.positions[at] ?? 0;
    const group = grouping.ofIssue[position] ?? -1;
    if (group < 0) continue;
    if (firstIssue[group] === -1) {
      firstIssue[group] = position;
      seen.push(group);
    }
    tally.add(group, position, period.states[at] ?? 0);
  }
  return { tally, firstIssue, seen };
}

/** Most issues first; the screen sorts as people ask. */
function breakdownRows(grouping: Grouping, period: PeriodIssues, index: RowIndex, describe: Describe) {
  const { tally, firstIssue, seen } = tallyGrouping(grouping, period, index);
  const working = hoursMedians(
    period,
    index.table,
    index.table.workingHoursToReport,
    grouping.ofIssue,
    grouping.keys.length,
  );
  const rows = seen.map((group): BreakdownRow => {
    const key = grouping.keys[group] ?? '';
    // The clock-hours median is the period's alone.
    const { medianClockHours: _periodOnly, ...figures } = tally.figures(group, {
      working: working[group] ?? null,
      clock: null,
    });
    return { key, ...describe(firstIssue[group] ?? 0, key), figures };
  });
  return rows.sort((a, b) => b.figures.issues - a.figures.issues || a.key.localeCompare(b.key));
}

/** The period's figures by topic, person, street and building. */
export function breakdownsOfPeriod(period: PeriodIssues, index: RowIndex): Breakdowns {
  const { groups, rows } = index;
  const addressAt = (position: number) => groups.addresses[groups.addressOf[position] ?? 0];
  return {
    byTopic: breakdownRows(groups.topic, period, index, (_position, categoryId) => ({
      name: topicName(categoryId, index),
      target: { kind: 'category', categoryId },
    })),
    byStaff: breakdownRows(groups.staff, period, index, (position) => {
      const staffId = rows.issues[position]?.assigneeId ?? null;
      // A person's name; their id when the replica does not know them; null for nobody.
      const name = staffId === null ? null : same(index.staff.get(staffId)?.name ?? staffId);
      return { name, target: { kind: 'assignee', staffId } };
    }),
    byStreet: breakdownRows(groups.street, period, index, (position) => {
      const street = addressAt(position)?.street ?? '';
      return { name: street === '' ? null : same(street), target: { kind: 'address', text: street } };
    }),
    byBuilding: breakdownRows(groups.building, period, index, (position) => {
      const building = addressAt(position)?.building;
      return {
        name: same(building?.label ?? ''),
        target: { kind: 'address', text: building?.searchText ?? '' },
      };
    }),
  };
}

/** The figures of some issues' facts by topic, person, street and building. */
export function breakdownsOf(facts: readonly IssueFacts[], index: RowIndex): Breakdowns {
  const period = emptyPeriod(facts.length);
  for (const fact of facts) {
    const state =
      (fact.onTime === null ? 0 : DECIDED | (fact.onTime ? ON_TIME : 0)) | (fact.overdueNow ? OVERDUE : 0);
    addToPeriod(period, fact.position, state);
  }
  return breakdownsOfPeriod(period, index);
}
