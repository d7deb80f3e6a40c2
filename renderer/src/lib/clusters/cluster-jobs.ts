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
import { RepeatJobs } from './repeat-jobs';

// The clusters' worker's state and work, apart from the worker itself so that it runs in Node
// as well: one index of the replica's open issues, kept fresh by the changes the UI thread
// passes on. Only the issues a change names are read again.

export class ClusterJobs {
  private db: DeskDb | null = null;
  private index = new ClusterIndex([]);
  private held: ClusterIssue[] = [];
  private categories: readonly SectionSource[] = [];
  private readonly repeats = new RepeatJobs();
  private repeatMarks: ReturnType<RepeatJobs['load']> = [];

  constructor(private readonly open: (name: string) => DeskDb = (name) => createDb({ name })) {}

  async run(job: ClusterJob): Promise<ClusterAnswer> {
    const start = performance.now();
    const elapsed = () => performance.now() - start;
    switch (job.kind) {
      case 'load':
        this.db?.close();
        this.db = this.open(job.databaseName);
        await this.reload();
        return this.loaded(elapsed);
      case 'issuesChanged': {
        const db = this.requireDb();
        if (job.all) {
          await this.reload();
          return this.loaded(elapsed);
        }
        const found = (await db.issues.bulkGet([...job.ids])).flatMap((issue) => (issue ? [issue] : []));
        const present = new Set(found.map((issue) => issue.id));
        const removals = job.ids.filter((id) => !present.has(id));
        const change = this.index.apply(found.map(clusterFieldsOf), removals);
        const repeats = await this.repeats.changed(db, found, removals);
        return { kind: 'change', change, repeats, workMs: elapsed() };
      }
      case 'overridesChanged': {
        const overrides = await readClusterOverrides(this.requireDb());
        return { kind: 'change', change: this.index.setOverrides(overrides), repeats: [], workMs: elapsed() };
      }
      case 'hold':
        this.held = job.issues.map(clusterFieldsOf);
        this.categories = job.categories;
        this.index = new ClusterIndex(this.categories);
        this.index.apply(this.held);
        return { kind: 'clusters', clusters: this.index.clusters(), repeats: [], workMs: elapsed() };
      case 'recompute': {
        this.index = new ClusterIndex(this.categories, this.index.overrides);
        this.index.apply(this.held);
        const workMs = elapsed();
        return { kind: 'clusters', clusters: this.index.clusters(), repeats: [], workMs };
      }
      case 'apply':
        return {
          kind: 'change',
          change: this.index.apply(job.upserts, job.removals),
          repeats: [],
          workMs: elapsed(),
        };
    }
  }

  private loaded(elapsed: () => number): ClusterAnswer {
    return {
      kind: 'clusters',
      clusters: this.index.clusters(),
      repeats: this.repeatMarks,
      workMs: elapsed(),
    };
  }

  private requireDb(): DeskDb {
    if (this.db === null) throw new Error('the clusters worker was asked about changes before it loaded');
    return this.db;
  }

  private async reload(): Promise<void> {
    const db = this.requireDb();
    // Every issue, for the repeats (a resolved one decides whether a later one repeats it).
    const [issues, reports, categories, overrides] = await db.transaction(
      'r',
      [db.issues, db.reports, db.categories, db.clusterOverrides],
      () =>
        Promise.all([
          db.issues.toArray(),
          db.reports.toArray(),
          db.categories.toArray(),
          readClusterOverrides(db),
        ]),
    );
    this.categories = categories;
    this.held = issues.filter((issue) => clusterableStatuses.has(issue.status)).map(clusterFieldsOf);
    this.index = new ClusterIndex(categories, overrides);
    this.index.apply(this.held);
    this.repeatMarks = this.repeats.load(issues, reports);
  }
}
