import { sweepRepeats } from '@shared/clusters';
import type { IssueGroups } from './issue-groups';
import type { IssueTable } from './issue-table';
import { instantMs } from './instants';
import type { RatingsRows } from './rows';

// Which earlier issue each issue of the replica repeats (shared/clusters/repeats.ts: the same
// building or 50 m, the same topic, resolved in the 30 Moscow days before it arrived), worked
// out once per load of the replica like the rest of the index, in one sweep through time
// (shared/clusters/repeat-sweep.ts): a period then only counts. The sweep reads the columns the
// index has already made (times parsed once, topics and addresses numbered), not the rows.

/** Each slot's latest accepted decision, epoch ms (NaN for none), as acceptedDecisions reads it. */
function acceptedBySlot(rows: RatingsRows, table: IssueTable): Float64Array {
  const accepted = new Float64Array(table.size).fill(NaN);
  const seen = new Uint8Array(table.size);
  for (let position = 0; position < table.decisionSlot.length; position += 1) {
    const slot = table.decisionSlot[position] ?? -1;
    if (slot < 0) continue;
    const decidedMs = instantMs(rows.reports[position]?.decidedAt ?? '');
    if (seen[slot] === 0 || (accepted[slot] ?? 0) < decidedMs) accepted[slot] = decidedMs;
    seen[slot] = 1;
  }
  return accepted;
}

/** For each issue (by position in `rows.issues`), the position of the issue it repeats, or -1. */
export function repeatLinks(rows: RatingsRows, table: IssueTable, groups: IssueGroups): Int32Array {
  const { size } = table;
  const acceptedMs = acceptedBySlot(rows, table);
  const resolvedMs = new Float64Array(size);
  const lat = new Float64Array(size);
  const lng = new Float64Array(size);
  // The first issue written at each address, whose text names it.
  const firstAt = new Int32Array(groups.addresses.length);
  for (let position = size - 1; position >= 0; position -= 1) {
    const issue = rows.issues[position];
    // An issue is resolved when its status says so, at its latest accepted decision.
    resolvedMs[position] =
      table.resolved[position] === 1 ? (acceptedMs[table.slot[position] ?? 0] ?? NaN) : NaN;
    lat[position] = issue?.lat ?? 0;
    lng[position] = issue?.lng ?? 0;
    firstAt[groups.addressOf[position] ?? 0] = position;
  }
  const idOf = (position: number): string => rows.issues[position]?.id ?? '';
  return sweepRepeats({
    size,
    receivedMs: table.receivedMs,
    resolvedMs,
    topic: groups.topic.ofIssue,
    addressOf: groups.addressOf,
    addressText: (entry) => rows.issues[firstAt[entry] ?? 0]?.address ?? '',
    lat,
    lng,
    idBefore: (a, b) => idOf(a) < idOf(b),
  });
}
