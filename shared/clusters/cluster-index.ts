import { parseInstant } from './instant';
import { bulkComponents } from './bulk-links';
import { byReceipt, mergeByReceipt, piecesCutOff } from './component-split';
import { NodeSpace, type ClusterComponent, type ClusterNode } from './cluster-nodes';
import { OverrideBook } from './overrides';
import {
  clusterableStatuses,
  sectionsOf,
  type ClusterChange,
  type ClusterIssue,
  type ClusterOverride,
  type ClusterRecord,
  type SectionSource,
} from './types';

// Clusters as connected components of the link graph (single linkage: A–B and B–C make one
// cluster of A, B and C even when A and C are more than a week or 50 m apart), kept as issues
// come and go. Adding an issue merges the components of its links, the smaller into the larger;
// taking one away searches only its own component again for the pieces it falls into. A change
// touches one building's and nine grid cells' time-sorted lists and one component, never
// every issue. An empty index takes its first issues in one sweep (bulk-links.ts).

export class ClusterIndex {
  private readonly space: NodeSpace;
  private readonly published = new Map<string, { component: ClusterComponent; record: ClusterRecord }>();
  private touched = new Set<ClusterComponent>();
  private searches = 0;

  constructor(categories: readonly SectionSource[], overrides: readonly ClusterOverride[] = []) {
    this.space = new NodeSpace(sectionsOf(categories), new OverrideBook(overrides));
  }

  /** Every cluster: two open issues or more. */
  clusters(): ClusterRecord[] {
    return [...this.published.values()].map((entry) => entry.record);
  }

  clusterOf(issueId: string): ClusterRecord | null {
    const published = this.space.nodes.get(issueId)?.component.published;
    return published ? (this.published.get(published)?.record ?? null) : null;
  }

  get overrides(): readonly ClusterOverride[] {
    return this.space.book.overrides;
  }

  /** Takes in new copies of issues and forgets removed ones; answers the clusters that changed. */
  apply(upserts: Iterable<ClusterIssue>, removals: Iterable<string> = []): ClusterChange {
    if (this.space.nodes.size === 0) {
      this.load(upserts);
      return this.publish();
    }
    for (const id of removals) {
      const held = this.space.nodes.get(id);
      if (held) this.detach(held);
    }
    for (const issue of upserts) this.upsertOne(issue);
    return this.publish();
  }

  upsert(issue: ClusterIssue): ClusterChange {
    return this.apply([issue]);
  }

  remove(issueId: string): ClusterChange {
    return this.apply([], [issueId]);
  }

  /** New corrections: only the issues the old or new ones name are placed again. */
  setOverrides(overrides: readonly ClusterOverride[]): ClusterChange {
    const book = new OverrideBook(overrides);
    const named = [...new Set([...this.space.book.named, ...book.named])];
    const again: ClusterIssue[] = [];
    for (const id of named) {
      const held = this.space.nodes.get(id);
      if (held === undefined) continue;
      again.push(held.issue);
      this.detach(held);
    }
    this.space.book = book;
    for (const issue of again) this.attach(this.space.make(issue));
    return this.publish();
  }

  /** The first issues of an empty index, linked in one sweep rather than one at a time. */
  private load(upserts: Iterable<ClusterIssue>): void {
    const unassigned: ClusterComponent = { nodes: [], published: null, alive: false };
    const held = this.space.nodes;
    let nodes: ClusterNode[] = [];
    let repeated = false;
    for (const issue of upserts) {
      if (held.has(issue.id)) {
        repeated = true;
        held.delete(issue.id);
      }
      if (!clusterableStatuses.has(issue.status)) continue;
      const node = this.space.make(issue, unassigned);
      held.set(issue.id, node);
      nodes.push(node);
    }
    // An issue named twice: its last copy counts.
    if (repeated) nodes = nodes.filter((node) => held.get(node.id) === node);
    nodes.sort(byReceipt);
    const roots = bulkComponents(nodes, this.space.book);
    const components: ClusterComponent[] = [];
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i] as ClusterNode;
      const root = roots[i] as number;
      let component = components[root];
      if (component === undefined) {
        component = { nodes: [], published: null, alive: true };
        components[root] = component;
      }
      component.nodes.push(node);
      node.component = component;
      this.space.placeInBuckets(node);
    }
    for (const component of components)
      if (component !== undefined && component.nodes.length > 1) this.touched.add(component);
  }

  private upsertOne(issue: ClusterIssue): void {
    const held = this.space.nodes.get(issue.id);
    if (!clusterableStatuses.has(issue.status)) {
      if (held) this.detach(held);
      return;
    }
    const next = this.space.make(issue);
    if (held && NodeSpace.samePlace(held, next)) {
      // Same links: only the issue's own facts (its deadline) change in its cluster.
      const replaced = held.component.nodes.indexOf(held);
      next.component = held.component;
      held.component.nodes[replaced] = next;
      this.space.unplace(held);
      this.space.place(next);
      this.touched.add(next.component);
      return;
    }
    if (held) this.detach(held);
    this.attach(next);
  }

  private attach(node: ClusterNode): void {
    this.space.place(node);
    let into = node.component;
    // Every node merged so far points at `into`: no set of merged components is needed.
    this.space.linked(node, (other) => {
      const component = other.component;
      if (component === into) return;
      const intoIsLarger = into.nodes.length > component.nodes.length;
      const large = intoIsLarger ? into : component;
      const small = intoIsLarger ? component : into;
      for (const moved of small.nodes) moved.component = large;
      large.nodes = mergeByReceipt(large.nodes, small.nodes);
      small.nodes = [];
      small.alive = false;
      this.touched.add(small);
      into = large;
    });
    this.touched.add(into);
  }

  private detach(node: ClusterNode): void {
    this.space.unplace(node);
    const component = node.component;
    this.touched.add(component);
    if (component.nodes.length === 1) {
      component.nodes = [];
      component.alive = false;
      return;
    }
    this.searches += 1;
    const pieces = piecesCutOff(this.space, node, this.searches);
    // The pieces cut off get components of their own; the rest keeps this one.
    this.searches += 1;
    const cut = this.searches;
    for (const piece of pieces) {
      const owner: ClusterComponent = { nodes: piece, published: null, alive: true };
      for (const member of piece) {
        member.component = owner;
        member.mark = cut;
      }
      this.touched.add(owner);
    }
    component.nodes = component.nodes.filter((member) => member !== node && member.mark !== cut);
  }

  private publish(): ClusterChange {
    const removed = new Set<string>();
    const changed: ClusterRecord[] = [];
    for (const component of this.touched) {
      if (component.published === null) continue;
      removed.add(component.published);
      this.published.delete(component.published);
      component.published = null;
    }
    for (const component of this.touched) {
      if (!component.alive || component.nodes.length < 2) continue;
      const record = clusterRecord(component.nodes);
      component.published = record.id;
      this.published.set(record.id, { component, record });
      removed.delete(record.id);
      changed.push(record);
    }
    this.touched = new Set();
    return { changed, removed: [...removed] };
  }
}

/** A component's record; its nodes are kept in receipt order. */
function clusterRecord(sorted: ClusterNode[]): ClusterRecord {
  const first = sorted[0] as ClusterNode;
  const last = sorted[sorted.length - 1] as ClusterNode;
  for (const node of sorted)
    if (Number.isNaN(node.deadline)) node.deadline = parseInstant(node.issue.deadlineAt);
  let soonest = first;
  for (const node of sorted) if (node.deadline < soonest.deadline) soonest = node;
  return {
    id: `cl-${first.id}`,
    issueIds: sorted.map((node) => node.id),
    count: sorted.length,
    earliestDeadlineAt: soonest.issue.deadlineAt,
    newestReceivedAt: last.issue.receivedAt,
    sectionId: first.section,
  };
}
