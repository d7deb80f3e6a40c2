import type { ClusterNode, NodeSpace } from './cluster-nodes';

// What a component falls into when one of its issues leaves. Searching every remaining issue
// again costs the whole component (in a busy building over a year, thousands of issues); here
// one search starts from each issue the leaving one was linked to, and they advance in turn,
// one issue each, merging where they meet. As soon as at most one group of them can still grow,
// the others are the pieces cut off, whole, and the rest of the component stays as it was. A
// component that stays whole (the usual case: the leaving issue's neighbours are linked among
// themselves) costs a few steps; one that splits costs about its smaller pieces.

interface Search {
  readonly found: ClusterNode[];
  next: number;
  group: number;
}

const groupOf = (searches: Search[], at: number): number => {
  let search = at;
  while ((searches[search] as Search).group !== search) search = (searches[search] as Search).group;
  return search;
};

/** Issues in receipt order, by time then id, as every component keeps them. */
export const byReceipt = (a: ClusterNode, b: ClusterNode): number =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The pieces cut off from `gone`'s component when it leaves (each in receipt order); the
 * component's other issues stay together. `gone` must already be out of the space.
 */
export function piecesCutOff(space: NodeSpace, gone: ClusterNode, mark: number): ClusterNode[][] {
  const searches: Search[] = [];
  space.linked(gone, (start) => {
    if (start.mark === mark) return;
    start.mark = mark;
    start.label = searches.length;
    searches.push({ found: [start], next: 0, group: searches.length });
  });
  if (searches.length < 2) return [];
  for (;;) {
    for (let s = 0; s < searches.length; s += 1) {
      const search = searches[s] as Search;
      if (search.next >= search.found.length) continue;
      const node = search.found[search.next] as ClusterNode;
      search.next += 1;
      space.linked(node, (other) => {
        if (other.mark !== mark) {
          other.mark = mark;
          other.label = s;
          search.found.push(other);
          return;
        }
        const mine = groupOf(searches, s);
        const theirs = groupOf(searches, other.label);
        if (mine !== theirs) (searches[Math.max(mine, theirs)] as Search).group = Math.min(mine, theirs);
      });
    }
    let growing = -1;
    let several = false;
    for (let s = 0; s < searches.length && !several; s += 1) {
      const search = searches[s] as Search;
      if (search.next >= search.found.length) continue;
      const group = groupOf(searches, s);
      if (growing === -1) growing = group;
      else several = group !== growing;
    }
    if (!several) return collectPieces(searches, growing);
  }
}

/** Every group but the one still growing (or, when none is, but the first) as a piece. */
function collectPieces(searches: Search[], growing: number): ClusterNode[][] {
  const pieces = new Map<number, ClusterNode[]>();
  for (let s = 0; s < searches.length; s += 1) {
    const group = groupOf(searches, s);
    const piece = pieces.get(group);
    const found = (searches[s] as Search).found;
    if (piece) for (const node of found) piece.push(node);
    else pieces.set(group, [...found]);
  }
  pieces.delete(growing === -1 ? 0 : growing);
  return [...pieces.values()].map((piece) => piece.sort(byReceipt));
}

/** Two lists in receipt order as one. */
export function mergeByReceipt(a: readonly ClusterNode[], b: readonly ClusterNode[]): ClusterNode[] {
  const merged: ClusterNode[] = new Array<ClusterNode>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as ClusterNode;
    const right = b[j] as ClusterNode;
    if (byReceipt(left, right) <= 0) {
      merged[k++] = left;
      i += 1;
    } else {
      merged[k++] = right;
      j += 1;
    }
  }
  while (i < a.length) merged[k++] = a[i++] as ClusterNode;
  while (j < b.length) merged[k++] = b[j++] as ClusterNode;
  return merged;
}
