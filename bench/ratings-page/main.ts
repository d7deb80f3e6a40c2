import { createDb } from '../../renderer/src/db/database';
import { computeRatings, computeRatingsFromIndex } from '../../renderer/src/features/ratings/compute/compute';
import { indexRows } from '../../renderer/src/features/ratings/compute/row-index';
import type { RatingsRows } from '../../renderer/src/features/ratings/compute/rows';
import { createWorkerRatingsClient } from '../../renderer/src/features/ratings/worker/client';
import { loadRatingsRows } from '../../renderer/src/features/ratings/worker/load-rows';
import type { BenchReplica, RatingsBenchOptions, RatingsBenchResult } from './contract';

// The bench page: the replica goes into IndexedDB as the sync engine would leave it, then the
// figures are asked for through the real worker client, and computed from rows in memory
// against one plain pass over the same rows, in the same page.

const DATABASE = 'gorod-desk/ratings-bench';

/** Writes the replica; returns the number of timeline events written. */
async function writeReplica(replica: BenchReplica): Promise<number> {
  const db = createDb({ name: DATABASE });
  await db.delete();
  await db.open();
  await db.transaction(
    'rw',
    [db.issues, db.reports, db.ratings, db.issueEvents, db.categories, db.staff],
    async () => {
      await db.categories.bulkPut(replica.categories);
      await db.staff.bulkPut(replica.staff);
      await db.issues.bulkPut(replica.issues);
      await db.reports.bulkPut(replica.reports);
      await db.ratings.bulkPut(replica.ratings);
      await db.issueEvents.bulkAdd(replica.issueEvents);
    },
  );
  db.close();
  return replica.issueEvents.length;
}

/** The baseline: touch every issue, report and rating once, as cheaply as a loop can. */
function onePass(rows: RatingsRows): number {
  let sum = 0;
  for (const issue of rows.issues) sum += issue.number.length;
  for (const report of rows.reports) sum += report.photoCount;
  for (const rating of rows.ratings) sum += rating.score;
  return sum;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

async function runRatingsBench(options: RatingsBenchOptions): Promise<RatingsBenchResult> {
  const setupStart = performance.now();
  // The parsed replica is let go once written: a heap holding it twice would slow every collection.
  const events = await writeReplica(await (await fetch(options.replicaUrl)).json());
  const setupMs = performance.now() - setupStart;

  const query = { choice: options.choice, nowMs: options.nowMs };
  const client = createWorkerRatingsClient();
  const source = { databaseName: DATABASE, version: 'bench' };
  const coldStart = performance.now();
  await client.report(source, query);
  const workerColdMs = performance.now() - coldStart;
  const workerWarmMs: number[] = [];
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const start = performance.now();
    await client.report(source, query);
    if (run >= options.warmups) workerWarmMs.push(performance.now() - start);
  }
  client.dispose();

  const db = createDb({ name: DATABASE });
  const rows = await loadRatingsRows(db);
  db.close();
  const allFiguresMs: number[] = [];
  const fromIndexMs: number[] = [];
  const onePassMs: number[] = [];
  let report = computeRatings(rows, query);
  let checksum = 0;
  // The plain pass takes a millisecond or two, where a busy machine's hiccup is as long: it is
  // sampled five times a run, so its median is not one unlucky moment.
  const PASSES_PER_RUN = 5;
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const figures = timed(() => computeRatings(rows, query));
    report = figures.value;
    if (run >= options.warmups) allFiguresMs.push(figures.ms);
    const index = indexRows(rows);
    const fromIndex = timed(() => computeRatingsFromIndex(index, query));
    if (run >= options.warmups) fromIndexMs.push(fromIndex.ms);
    for (let pass = 0; pass < PASSES_PER_RUN; pass += 1) {
      const plain = timed(() => onePass(rows));
      checksum += plain.value;
      if (run >= options.warmups) onePassMs.push(plain.ms);
    }
  }
  if (checksum === 0) throw new Error('the plain pass saw no rows');
  return {
    rows: {
      issues: rows.issues.length,
      reports: rows.reports.length,
      ratings: rows.ratings.length,
      events,
    },
    setupMs,
    allFiguresMs,
    fromIndexMs,
    onePassMs,
    workerColdMs,
    workerWarmMs,
    figures: {
      issues: report.current.issues,
      onTime: report.current.onTime,
      decided: report.current.decided,
      avgScore: report.current.avgScore,
      topics: report.breakdowns.byTopic.length,
    },
  };
}

window.runRatingsBench = runRatingsBench;
