import {
  ClusterIndex,
  clusterableStatuses,
  clusterFieldsOf,
  type ClusterIssue,
  type SectionSource,
} from '@shared/clusters';
import { createDb, type DeskDb } from '../../db/database';
import { readClusterOverrides } from '../../db/cluster-overrides';
import type { ClusterAnswer, ClusterJob } from './protocol';

// The clusters' worker's state and work, apart from the worker itself so that it runs in Node
// as well: one index of the replica's open issues, kept fresh by the changes the UI thread
// passes on. Only the issues a change names are read again.

export class ClusterJobs {
  private db: DeskDb | null = null;
  private index = new ClusterIndex([]);
  private held: ClusterIssue[] = [];
  private categories: readonly SectionSource[] = [];

  constructor(private readonly open: (name: string) => DeskDb = (name) => createDb({ name })) {}

  async run(job: ClusterJob): Promise<ClusterAnswer> {
    const start = performance.now();
    const elapsed = () => performance.now() - start;
    switch (job.kind) {
      case 'load':
        this.db?.close();
        this.db = this.open(job.databaseName);
        await this.reload();
        return { kind: 'clusters', clusters: this.index.clusters(), workMs: elapsed() };
      case 'issuesChanged': {
        const db = this.requireDb();
        if (job.all) {
          await this.reload();
          return { kind: 'clusters', clusters: this.index.clusters(), workMs: elapsed() };
        }
        const found = await db.issues.bulkGet([...job.ids]);
        const upserts = found.flatMap((issue) => (issue ? [clusterFieldsOf(issue)] : []));
        const removals = job.ids.filter((_, i) => found[i] === undefined);
        return { kind: 'change', change: this.index.apply(upserts, removals), workMs: elapsed() };
      }
      case 'overridesChanged': {
        const overrides = await readClusterOverrides(this.requireDb());
        return { kind: 'change', change: this.index.setOverrides(overrides), workMs: elapsed() };
      }
      case 'hold':
        this.held = job.issues.map(clusterFieldsOf);
        this.categories = job.categories;
        this.index = new ClusterIndex(this.categories);
        this.index.apply(this.held);
        return { kind: 'clusters', clusters: this.index.clusters(), workMs: elapsed() };
      case 'recompute': {
        this.index = new ClusterIndex(this.categories, this.index.overrides);
        this.index.apply(this.held);
        const workMs = elapsed();
        return { kind: 'clusters', clusters: this.index.clusters(), workMs };
      }
      case 'apply':
        return { kind: 'change', change: this.index.apply(job.upserts, job.removals), workMs: elapsed() };
    }
  }

  private requireDb(): DeskDb {
    if (this.db === null) throw new Error('the clusters worker was asked about changes before it loaded');
    return this.db;
  }

  private async reload(): Promise<void> {
    const db = this.requireDb();
    const [issues, categories, overrides] = await db.transaction(
      'r',
      [db.issues, db.categories, db.clusterOverrides],
      () =>
        Promise.all([
          db.issues
            .where('status')
            .anyOf([...clusterableStatuses])
            .toArray(),
          db.categories.toArray(),
          readClusterOverrides(db),
        ]),
    );
    this.categories = categories;
    this.held = issues.map(clusterFieldsOf);
    this.index = new ClusterIndex(categories, overrides);
    this.index.apply(this.held);
  }
}
