import { addressKey, parseAddress, type ParsedAddress } from './address';
import { FiguresTally, type GroupFigures } from './figures';
import type { IssueFacts } from './issue-facts';
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

interface Group {
  name: RowName;
  target: DrillTarget;
  tally: FiguresTally;
}

class Grouping {
  private readonly groups = new Map<string, Group>();

  /** The group's tally, or undefined before its first issue. */
  tally(key: string): FiguresTally | undefined {
    return this.groups.get(key)?.tally;
  }

  start(key: string, name: RowName, target: DrillTarget): FiguresTally {
    const tally = new FiguresTally('working');
    this.groups.set(key, { name, target, tally });
    return tally;
  }

  /** Most issues first; the screen sorts as people ask. */
  rows(): BreakdownRow[] {
    return [...this.groups]
      .map(([key, { name, target, tally }]) => {
        const { medianClockHours: _periodOnly, ...figures } = tally.figures();
        return { key, name, target, figures };
      })
      .sort((a, b) => b.figures.issues - a.figures.issues || a.key.localeCompare(b.key));
  }
}

const same = (text: string): RowName => ({ ru: text, en: text });

/** A person's name; their id when the replica does not know them; null for nobody. */
function staffName(assigneeId: string | null, index: RowIndex): RowName {
  if (assigneeId === null) return null;
  return same(index.staff.get(assigneeId)?.name ?? assigneeId);
}

/** What a breakdown needs of an address, worked out once per distinct address. */
interface AddressGroups {
  streetKey: string;
  street: string;
  building: { key: string; label: string; searchText: string } | null;
}

function addressGroupsOf(address: string): AddressGroups {
  const { street, building, searchText }: ParsedAddress = parseAddress(address);
  const label = building === null ? null : street === '' ? building : `${street}, ${building}`;
  return {
    streetKey: addressKey(street),
    street,
    building: label === null ? null : { key: addressKey(label), label, searchText },
  };
}

export function breakdownsOf(facts: readonly IssueFacts[], index: RowIndex): Breakdowns {
  const topics = new Grouping();
  const staff = new Grouping();
  const streets = new Grouping();
  const buildings = new Grouping();
  // Addresses repeat (a house files many complaints): each is parsed once.
  const addresses = new Map<string, AddressGroups>();
  // `tally(key) ?? start(...)`: a group's name and link are worked out once, not once per issue.
  for (const fact of facts) {
    const { categoryId, assigneeId, address: written } = fact.issue;
    const topic =
      topics.tally(categoryId) ??
      topics.start(categoryId, topicName(categoryId, index), { kind: 'category', categoryId });
    topic.add(fact);
    const person =
      staff.tally(assigneeId ?? '') ??
      staff.start(assigneeId ?? '', staffName(assigneeId, index), { kind: 'assignee', staffId: assigneeId });
    person.add(fact);
    let address = addresses.get(written);
    if (address === undefined) {
      address = addressGroupsOf(written);
      addresses.set(written, address);
    }
    const { street, streetKey, building } = address;
    const onStreet =
      streets.tally(streetKey) ??
      streets.start(streetKey, street === '' ? null : same(street), { kind: 'address', text: street });
    onStreet.add(fact);
    if (building !== null) {
      const house =
        buildings.tally(building.key) ??
        buildings.start(building.key, same(building.label), { kind: 'address', text: building.searchText });
      house.add(fact);
    }
  }
  return {
    byTopic: topics.rows(),
    byStaff: staff.rows(),
    byStreet: streets.rows(),
    byBuilding: buildings.rows(),
  };
}
