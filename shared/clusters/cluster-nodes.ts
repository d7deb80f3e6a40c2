import { buildingKey } from './address-key';
import { gridCell, metresBetween } from './geo';
import type { OverrideBook } from './overrides';
import { TimeBuckets } from './time-buckets';
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
  readonly buildingBucket: string | null;
  readonly cellX: number;
  readonly cellY: number;
  readonly signature: string;
  deadline: number;
  component: ClusterComponent;
  /** The last search that reached this node (no Set per search). */
  mark: number;
}

export interface ClusterComponent {
  nodes: ClusterNode[];
  /** The id it is published under, while it has two issues or more. */
  published: string | null;
  alive: boolean;
}

const cellKey = (section: string, x: number, y: number): string => `${section}\u0001${x}\u0001${y}`;

export class NodeSpace {
  readonly nodes = new Map<string, ClusterNode>();
  private readonly buildings = new TimeBuckets<ClusterNode>();
  private readonly cells = new TimeBuckets<ClusterNode>();

  constructor(
    private readonly sectionOf: (categoryId: string) => string,
    public book: OverrideBook,
  ) {}

  /** A node for an issue, in a component of its own, not yet placed. */
  make(issue: ClusterIssue): ClusterNode {
    const section = this.sectionOf(issue.categoryId);
    const building = buildingKey(issue.address);
    const cell = gridCell(issue.lat, issue.lng, CLUSTER_RADIUS_METRES);
    const node: ClusterNode = {
      id: issue.id,
      at: Date.parse(issue.receivedAt),
      issue,
      section,
      buildingBucket: building === null ? null : `${section}\u0001${building}`,
      cellX: cell.x,
      cellY: cell.y,
      signature: this.book.signatureOf(issue.id),
      deadline: Date.parse(issue.deadlineAt),
      component: { nodes: [], published: null, alive: true },
      mark: 0,
    };
    node.component.nodes.push(node);
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
    if (node.buildingBucket !== null) this.buildings.add(node.buildingBucket, node);
    this.cells.add(cellKey(node.section, node.cellX, node.cellY), node);
  }

  unplace(node: ClusterNode): void {
    this.nodes.delete(node.id);
    if (node.buildingBucket !== null) this.buildings.remove(node.buildingBucket, node);
    this.cells.remove(cellKey(node.section, node.cellX, node.cellY), node);
  }

  /** Every placed node linked to `node` (one may be visited more than once). */
  linked(node: ClusterNode, visit: (other: ClusterNode) => void): void {
    const from = node.at - CLUSTER_WINDOW_MS;
    const to = node.at + CLUSTER_WINDOW_MS;
    const { lat, lng } = node.issue;
    if (node.buildingBucket !== null) {
      this.buildings.within(node.buildingBucket, from, to, (other) => {
        if (other !== node && other.signature === node.signature) visit(other);
      });
    }
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        this.cells.within(cellKey(node.section, node.cellX + dx, node.cellY + dy), from, to, (other) => {
          if (
            other !== node &&
            other.signature === node.signature &&
            (node.buildingBucket === null || other.buildingBucket !== node.buildingBucket) &&
            metresBetween(lat, lng, other.issue.lat, other.issue.lng) <= CLUSTER_RADIUS_METRES
          )
            visit(other);
        });
      }
    }
    this.book.joinedWith(node.id, (otherId) => {
      const other = this.nodes.get(otherId);
      if (other !== undefined) visit(other);
    });
  }
}
