import { parseInstant } from './instant';
import { buildingKey } from './address-key';
import { gridX, gridY, METRES_PER_DEGREE_LAT, METRES_PER_DEGREE_LNG_EQUATOR } from './geo';
import type { OverrideBook } from './overrides';
import { lowerBound, TimeBuckets } from './time-buckets';
import { CLUSTER_RADIUS_METRES, CLUSTER_WINDOW_MS, type ClusterIssue } from './types';

// The issues the index holds, and who may be linked to whom: the same section, received within
// the window of each other, and the same building or within the radius (the grid finds the few
// candidates), with the same split signature; or joined by hand.

export interface ClusterNode {
  readonly id: string;
  /** Receipt, epoch ms. */
  readonly at: number;
  readonly issue: ClusterIssue;
  readonly section: string;
  /** The section's number in this index, for cell keys. */
  readonly sectionNumber: number;
  readonly buildingBucket: string | null;
  readonly cellX: number;
  readonly cellY: number;
  /** Metres per degree of longitude here. */
  readonly metresPerLng: number;
  readonly signature: string;
  /** The deadline, epoch ms; NaN until a cluster's record first reads it (most issues are in none). */
  deadline: number;
  component: ClusterComponent;
  /** The last search that reached this node (no Set per search), and which of its searches. */
  mark: number;
  label: number;
}

export interface ClusterComponent {
  /** In receipt order (time, then id). */
  nodes: ClusterNode[];
  /** The id it is published under, while it has two issues or more. */
  published: string | null;
  alive: boolean;
}

// A cell as one number (a string key would be built and hashed nine times a look-up): the
// section's number, then x and y offset to be positive, 21 bits each (cells of 50 m reach 2^18).
const OFFSET = 2 ** 20;
const SPAN = 2 ** 21;
const cellKey = (section: number, x: number, y: number): number =>
  (section * SPAN + x + OFFSET) * SPAN + y + OFFSET;

/** The key of the grid cell `dx`, `dy` cells from the node's own, in its section. */
export const cellKeyAt = (node: ClusterNode, dx: number, dy: number): number =>
  cellKey(node.sectionNumber, node.cellX + dx, node.cellY + dy);

/** Metres east between two nodes: the mean of both scales, so that the link is symmetric. */
export const metresEast = (a: ClusterNode, b: ClusterNode): number =>
  (b.issue.lng - a.issue.lng) * ((a.metresPerLng + b.metresPerLng) / 2);

const cosOf = (lat: number): number => Math.cos((lat * Math.PI) / 180);

export class NodeSpace {
  readonly nodes = new Map<string, ClusterNode>();
  private readonly buildings = new TimeBuckets<ClusterNode>();
  private readonly cells = new TimeBuckets<ClusterNode, number>();
  private readonly sectionNumbers = new Map<string, number>();
  /** Addresses repeat (a few hundred houses): each is parsed once, its buckets made once a section. */
  private readonly buildingBuckets = new Map<string, (string | null)[]>();

  constructor(
    private readonly sectionOf: (categoryId: string) => string,
    public book: OverrideBook,
  ) {}

  private sectionNumber(section: string): number {
    let number = this.sectionNumbers.get(section);
    if (number === undefined) {
      number = this.sectionNumbers.size;
      this.sectionNumbers.set(section, number);
    }
    return number;
  }

  /** The bucket of an address in a section: one string each, so that look-ups hash it once. */
  private buildingBucket(address: string, section: string, sectionNumber: number): string | null {
    let buckets = this.buildingBuckets.get(address);
    if (buckets === undefined) {
      buckets = [];
      this.buildingBuckets.set(address, buckets);
    }
    let bucket = buckets[sectionNumber];
    if (bucket === undefined) {
      const building = buildingKey(address);
      bucket = building === null ? null : `${section}\u0001${building}`;
      buckets[sectionNumber] = bucket;
    }
    return bucket;
  }

  /**
   * A node for an issue, not yet placed: in a component of its own, or in `component` (a
   * caller that assigns components itself, and adds the node to it).
   */
  make(issue: ClusterIssue, component?: ClusterComponent): ClusterNode {
    const section = this.sectionOf(issue.categoryId);
    const sectionNumber = this.sectionNumber(section);
    const node: ClusterNode = {
      id: issue.id,
      at: parseInstant(issue.receivedAt),
      issue,
      section,
      sectionNumber,
      buildingBucket: this.buildingBucket(issue.address, section, sectionNumber),
      cellX: gridX(issue.lng, CLUSTER_RADIUS_METRES),
      cellY: gridY(issue.lat, CLUSTER_RADIUS_METRES),
      metresPerLng: METRES_PER_DEGREE_LNG_EQUATOR * cosOf(issue.lat),
      signature: this.book.signatureOf(issue.id),
      deadline: NaN,
      component: component ?? { nodes: [], published: null, alive: true },
      mark: 0,
      label: 0,
    };
    if (component === undefined) node.component.nodes.push(node);
    return node;
  }

  /** Whether a new copy of an issue links exactly as the one held does (only its deadline or words changed). */
  static samePlace(held: ClusterNode, next: ClusterNode): boolean {
    return (
      held.at === next.at &&
      held.section === next.section &&
      held.buildingBucket === next.buildingBucket &&
      held.issue.lat === next.issue.lat &&
      held.issue.lng === next.issue.lng &&
      held.signature === next.signature
    );
  }

  place(node: ClusterNode): void {
    this.nodes.set(node.id, node);
    this.placeInBuckets(node);
  }

  /** Into the building's and the cell's lists only (a caller that has set `nodes` itself). */
  placeInBuckets(node: ClusterNode): void {
    if (node.buildingBucket !== null) this.buildings.add(node.buildingBucket, node);
    this.cells.add(cellKey(node.sectionNumber, node.cellX, node.cellY), node);
  }

  unplace(node: ClusterNode): void {
    this.nodes.delete(node.id);
    if (node.buildingBucket !== null) this.buildings.remove(node.buildingBucket, node);
    this.cells.remove(cellKey(node.sectionNumber, node.cellX, node.cellY), node);
  }

  /** Every placed node linked to `node` (one may be visited more than once). */
  linked(node: ClusterNode, visit: (other: ClusterNode) => void): void {
    // Walked by hand rather than through callbacks: this is the inner loop of every change.
    const from = node.at - CLUSTER_WINDOW_MS;
    const to = node.at + CLUSTER_WINDOW_MS;
    if (node.buildingBucket !== null) {
      const list = this.buildings.list(node.buildingBucket);
      if (list !== undefined) {
        for (let i = lowerBound(list, from, ''); i < list.length; i += 1) {
          const other = list[i] as ClusterNode;
          if (other.at > to) break;
          if (other !== node && other.signature === node.signature) visit(other);
        }
      }
    }
    const { lat } = node.issue;
    const radius2 = CLUSTER_RADIUS_METRES * CLUSTER_RADIUS_METRES;
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        const list = this.cells.list(cellKey(node.sectionNumber, node.cellX + dx, node.cellY + dy));
        if (list === undefined) continue;
        for (let i = lowerBound(list, from, ''); i < list.length; i += 1) {
          const other = list[i] as ClusterNode;
          if (other.at > to) break;
          if (other === node || other.signature !== node.signature) continue;
          // The same building was found above.
          if (node.buildingBucket !== null && other.buildingBucket === node.buildingBucket) continue;
          const east = metresEast(node, other);
          const north = (other.issue.lat - lat) * METRES_PER_DEGREE_LAT;
          if (east * east + north * north <= radius2) visit(other);
        }
      }
    }
    this.book.joinedWith(node.id, (otherId) => {
      const other = this.nodes.get(otherId);
      if (other !== undefined) visit(other);
    });
  }
}
