import { METRES_PER_DEGREE_LAT } from './geo';
import { cellKeyAt, type ClusterNode } from './cluster-nodes';
import type { OverrideBook } from './overrides';
import { CLUSTER_RADIUS_METRES, CLUSTER_WINDOW_MS } from './types';

// Every cluster of many issues at once (a load, a re-pull), as union-find over typed arrays.
// Linking each new issue to its whole neighbourhood, as a single change does, looks at every
// pair within the window; here the issues are swept once in order of receipt, and
// - within one building (and section and split signature) linking each issue to the one before
//   it is enough: issues between two linked ones in time are within the window of both;
// - across the grid, each grid cell keeps only the issues of the last 7 days (a list whose
//   head moves forward as the sweep does), so each pair within the window is looked at once.

const NONE = -1;

/** The grid cell's key of a node and a neighbour offset, numeric where no split names the node. */
type CellKey = number | string;

function cellKeyOf(node: ClusterNode, dx: number, dy: number): CellKey {
  const numeric = cellKeyAt(node, dx, dy);
  return node.signature === '' ? numeric : `${node.signature}\u0001${numeric}`;
}

function find(parent: Int32Array, at: number): number {
  let node = at;
  while (parent[node] !== node) {
    const grand = parent[parent[node] as number] as number;
    parent[node] = grand;
    node = grand;
  }
  return node;
}

function union(parent: Int32Array, a: number, b: number): void {
  const rootA = find(parent, a);
  const rootB = find(parent, b);
  if (rootA === rootB) return;
  // The earlier root stays: components end up named by their earliest member.
  if (rootA < rootB) parent[rootB] = rootA;
  else parent[rootA] = rootB;
}

/** Cell numbers of the nodes, and each cell's nine neighbours (itself first; NONE where empty). */
function cellTable(nodes: readonly ClusterNode[]): { cellOf: Int32Array; neighbours: Int32Array } {
  const numbers = new Map<CellKey, number>();
  const cellOf = new Int32Array(nodes.length);
  const example: number[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as ClusterNode;
    const key = cellKeyOf(node, 0, 0);
    let cell = numbers.get(key);
    if (cell === undefined) {
      cell = example.length;
      numbers.set(key, cell);
      example.push(i);
    }
    cellOf[i] = cell;
  }
  const neighbours = new Int32Array(example.length * 9).fill(NONE);
  for (let cell = 0; cell < example.length; cell += 1) {
    const node = nodes[example[cell] as number] as ClusterNode;
    let slot = cell * 9;
    for (let dx = -1; dx <= 1; dx += 1)
      for (let dy = -1; dy <= 1; dy += 1) neighbours[slot++] = numbers.get(cellKeyOf(node, dx, dy)) ?? NONE;
  }
  return { cellOf, neighbours };
}

/**
 * The component of each node (the index of its earliest member), for nodes sorted by receipt;
 * linked exactly as `NodeSpace.linked` links them one at a time.
 */
export function bulkComponents(nodes: readonly ClusterNode[], book: OverrideBook): Int32Array {
  const count = nodes.length;
  const parent = new Int32Array(count);
  const at = new Float64Array(count);
  const lat = new Float64Array(count);
  const lng = new Float64Array(count);
  const metresPerLng = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const node = nodes[i] as ClusterNode;
    parent[i] = i;
    at[i] = node.at;
    lat[i] = node.issue.lat;
    lng[i] = node.issue.lng;
    metresPerLng[i] = node.metresPerLng;
  }

  const lastInBuilding = new Map<string, number>();
  const { cellOf, neighbours } = cellTable(nodes);
  const cells = neighbours.length / 9;
  const head = new Int32Array(cells).fill(NONE);
  const tail = new Int32Array(cells).fill(NONE);
  const next = new Int32Array(count).fill(NONE);
  const radius2 = CLUSTER_RADIUS_METRES * CLUSTER_RADIUS_METRES;

  for (let i = 0; i < count; i += 1) {
    const node = nodes[i] as ClusterNode;
    const from = (at[i] as number) - CLUSTER_WINDOW_MS;
    if (node.buildingBucket !== null) {
      const key =
        node.signature === '' ? node.buildingBucket : `${node.buildingBucket}\u0002${node.signature}`;
      const previous = lastInBuilding.get(key);
      if (previous !== undefined && (at[previous] as number) >= from) union(parent, previous, i);
      lastInBuilding.set(key, i);
    }
    const ownLat = lat[i] as number;
    const ownLng = lng[i] as number;
    const ownPerLng = metresPerLng[i] as number;
    const base = (cellOf[i] as number) * 9;
    for (let k = 0; k < 9; k += 1) {
      const cell = neighbours[base + k] as number;
      if (cell === NONE) continue;
      let j = head[cell] as number;
      while (j !== NONE && (at[j] as number) < from) j = next[j] as number;
      head[cell] = j;
      if (j === NONE) tail[cell] = NONE;
      for (; j !== NONE; j = next[j] as number) {
        const east = ((lng[j] as number) - ownLng) * (((metresPerLng[j] as number) + ownPerLng) / 2);
        const north = ((lat[j] as number) - ownLat) * METRES_PER_DEGREE_LAT;
        if (east * east + north * north <= radius2) union(parent, j, i);
      }
    }
    const own = cellOf[i] as number;
    if (tail[own] === NONE) head[own] = i;
    else next[tail[own] as number] = i;
    tail[own] = i;
  }

  const joins = book.overrides.filter((override) => override.kind === 'join');
  if (joins.length > 0) {
    const position = new Map(nodes.map((node, i) => [node.id, i]));
    for (const join of joins) {
      let first = NONE;
      for (const id of join.issueIds) {
        const member = position.get(id);
        if (member === undefined) continue;
        if (first === NONE) first = member;
        else union(parent, first, member);
      }
    }
  }
  for (let i = 0; i < count; i += 1) parent[i] = find(parent, i);
  return parent;
}
