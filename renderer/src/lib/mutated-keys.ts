import type { IndexableType, IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

export interface KeyRange {
  readonly from: IndexableType;
  readonly to: IndexableType;
}

/** Which rows (issues, say) a committed change touched: single ids to re-read, and ranges of ids to re-read whole. */
export interface MutatedIssues {
  readonly ids: ReadonlySet<string>;
  readonly ranges: readonly KeyRange[];
}

const isNode = (tree: IntervalTree | null | undefined): tree is IntervalTreeNode =>
  tree !== null && tree !== undefined && 'from' in tree;

function walk(tree: IntervalTree | null | undefined, ids: Set<string>, ranges: KeyRange[]): void {
  if (!isNode(tree)) return;
  if (tree.from === tree.to && typeof tree.from === 'string') ids.add(tree.from);
  else ranges.push({ from: tree.from, to: tree.to });
  walk(tree.l, ids, ranges);
  walk(tree.r, ids, ranges);
}

/**
 * Reads Dexie's `storagemutated` parts for one table of one database. The part
 * `idb://<db>/<table>/` holds the primary keys written, `…/:dels` those deleted (Dexie also
 * puts there the keys of rows it replaced without knowing the old value). Both are interval
 * trees: a node whose bounds are equal is one key; any other node is a range, e.g. a bulk
 * write of 50 rows or more, which Dexie reports as the whole table. Returns null when the
 * change did not touch the table.
 */
export function mutatedKeys(parts: ObservabilitySet, dbName: string, table: string): MutatedIssues | null {
  const written = parts[`idb://${dbName}/${table}/`];
  const deleted = parts[`idb://${dbName}/${table}/:dels`];
  if (!isNode(written) && !isNode(deleted)) return null;
  const ids = new Set<string>();
  const ranges: KeyRange[] = [];
  walk(written, ids, ranges);
  walk(deleted, ids, ranges);
  return { ids, ranges };
}
