// The assignee's open load: how many issues waiting for a report each person holds, beside
// what is usual in the company now. A person with twice the usual load is expected to be
// slower; the factor grows with the excess and is capped, so one overloaded name does not
// flag every issue in the company by itself.

/** How much slower per whole "usual load" over the usual: 2× the usual open issues → ×(1 + LOAD_WEIGHT). */
export const LOAD_WEIGHT = 0.25;
/** The factor never exceeds this. */
export const MAX_LOAD_FACTOR = 1.5;

export interface AssigneeLoad {
  /** Open issues held by each assignee. */
  readonly openBy: ReadonlyMap<string, number>;
  /** The median open count over the assignees who hold any (0 when nobody does). */
  readonly typicalOpen: number;
}

/** Counts the open issues per assignee; `assignees` is one entry an open issue (null: nobody). */
export function assigneeLoad(assignees: Iterable<string | null>): AssigneeLoad {
  const openBy = new Map<string, number>();
  for (const id of assignees) if (id !== null) openBy.set(id, (openBy.get(id) ?? 0) + 1);
  const counts = [...openBy.values()].sort((a, b) => a - b);
  const middle = counts.length >> 1;
  const typicalOpen =
    counts.length === 0
      ? 0
      : counts.length % 2 === 1
        ? (counts[middle] ?? 0)
        : ((counts[middle - 1] ?? 0) + (counts[middle] ?? 0)) / 2;
  return { openBy, typicalOpen };
}

/** The slow-down expected of an assignee holding `open` issues when `typicalOpen` is usual; 1 for no excess. */
export function loadFactor(open: number, typicalOpen: number): number {
  if (typicalOpen <= 0 || open <= typicalOpen) return 1;
  return Math.min(MAX_LOAD_FACTOR, 1 + (LOAD_WEIGHT * (open - typicalOpen)) / typicalOpen);
}
