import { addressKey, parseAddress } from './address';
import type { RatingsIssue } from './rows';

// Which row of each breakdown an issue falls in, worked out once per load of the replica: a
// year's issues then go to their topic, person, street and building by a number, not by four
// lookups of a name each time the period changes.

/** The rows of one breakdown: the group of each issue (-1 for none) and the key of each group. */
export interface Grouping {
  ofIssue: Int32Array;
  keys: string[];
}

/** What a breakdown needs of an address, worked out once per distinct address. */
export interface AddressGroups {
  street: string;
  building: { label: string; searchText: string } | null;
}

export interface IssueGroups {
  topic: Grouping;
  staff: Grouping;
  street: Grouping;
  building: Grouping;
  /** Each issue's address, parsed: the index of its entry in `addresses`. */
  addressOf: Int32Array;
  addresses: AddressGroups[];
}

class GroupingBuilder {
  private readonly numbers = new Map<string, number>();
  readonly keys: string[] = [];
  readonly ofIssue: Int32Array;

  constructor(size: number) {
    this.ofIssue = new Int32Array(size).fill(-1);
  }

  numberOf(key: string): number {
    let found = this.numbers.get(key);
    if (found === undefined) {
      found = this.keys.length;
      this.numbers.set(key, found);
      this.keys.push(key);
    }
    return found;
  }
}

interface ParsedEntry extends AddressGroups {
  streetGroup: number;
  buildingGroup: number;
}

export function groupIssues(issues: readonly RatingsIssue[]): IssueGroups {
  const size = issues.length;
  const topic = new GroupingBuilder(size);
  const staff = new GroupingBuilder(size);
  const street = new GroupingBuilder(size);
  const building = new GroupingBuilder(size);
  // Addresses repeat (a house files many complaints): each is parsed once.
  const entries = new Map<string, number>();
  const addresses: ParsedEntry[] = [];
  const addressOf = new Int32Array(size);
  for (let position = 0; position < size; position += 1) {
    const issue = issues[position];
    if (issue === undefined) continue;
    topic.ofIssue[position] = topic.numberOf(issue.categoryId);
    staff.ofIssue[position] = staff.numberOf(issue.assigneeId ?? '');
    let entry = entries.get(issue.address);
    if (entry === undefined) {
      const parsed = parseAddress(issue.address);
      const label =
        parsed.building === null
          ? null
          : parsed.street === ''
            ? parsed.building
            : `${parsed.street}, ${parsed.building}`;
      entry = addresses.length;
      addresses.push({
        street: parsed.street,
        streetGroup: street.numberOf(addressKey(parsed.street)),
        building: label === null ? null : { label, searchText: parsed.searchText },
        buildingGroup: label === null ? -1 : building.numberOf(addressKey(label)),
      });
      entries.set(issue.address, entry);
    }
    const parsed = addresses[entry];
    addressOf[position] = entry;
    street.ofIssue[position] = parsed?.streetGroup ?? -1;
    building.ofIssue[position] = parsed?.buildingGroup ?? -1;
  }
  return { topic, staff, street, building, addressOf, addresses };
}
