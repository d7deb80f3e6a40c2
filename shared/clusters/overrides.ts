import type { ClusterOverride } from './types';

// The dispatcher's corrections as the index applies them. Two issues may be linked by the
// rules only when the same splits hold both or neither (the same "signature"); a join links
// all of its issues directly.

export class OverrideBook {
  private readonly signatures = new Map<string, string>();
  private readonly joins = new Map<string, (readonly string[])[]>();
  readonly named: ReadonlySet<string>;

  constructor(readonly overrides: readonly ClusterOverride[]) {
    const named = new Set<string>();
    const splits = new Map<string, string[]>();
    // In order of making, so a signature reads the same however the list was stored.
    const ordered = [...overrides].sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
    );
    for (const override of ordered) {
      for (const id of override.issueIds) {
        named.add(id);
        if (override.kind === 'split') {
          const list = splits.get(id);
          if (list) list.push(override.id);
          else splits.set(id, [override.id]);
        } else {
          const list = this.joins.get(id);
          if (list) list.push(override.issueIds);
          else this.joins.set(id, [override.issueIds]);
        }
      }
    }
    for (const [id, list] of splits) this.signatures.set(id, list.join(' '));
    this.named = named;
  }

  /** Issues with the same signature may be linked by the rules; '' for an issue no split names. */
  signatureOf(issueId: string): string {
    return this.signatures.get(issueId) ?? '';
  }

  /** The other issues joined to this one by hand (present or not). */
  joinedWith(issueId: string, visit: (otherId: string) => void): void {
    const groups = this.joins.get(issueId);
    if (groups === undefined) return;
    for (const group of groups) for (const other of group) if (other !== issueId) visit(other);
  }
}
