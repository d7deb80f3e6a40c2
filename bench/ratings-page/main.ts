import { createDb } from '../../renderer/src/db/database';
import {
  computeFiguresFromIndex,
  computeRatings,
  computeRatingsFromIndex,
  computeRepeatsFromIndex,
  type RatingsQuery,
} from '../../renderer/src/features/ratings/compute/compute';
import { indexRows } from '../../renderer/src/features/ratings/compute/row-index';
import type { RatingsRows } from '../../renderer/src/features/ratings/compute/rows';
import { createWorkerRatingsClient } from '../../renderer/src/features/ratings/worker/client';
import { loadRatingsRows } from '../../renderer/src/features/ratings/worker/load-rows';
import type { BenchReplica, RatingsBenchOptions, RatingsBenchResult } from './contract';

// The bench page: the replica goes into IndexedDB as the sync engine would leave it, then the
// figures are asked for through the real worker client (the figures and the repeats at once,
// as the screen asks), and computed from rows in memory against one plain pass over the same
// rows, in the same page.

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

/** The worker's answers as the screen asks: figures and repeats at once; when each arrived. */
async function askWorker(
  client: ReturnType<typeof createWorkerRatingsClient>,
  source: { databaseName: string; version: string },
  query: RatingsQuery,
): Promise<{ figuresMs: number; repeatsMs: number }> {
  const start = performance.now();
  let figuresMs = NaN;
  await Promise.all([
    client.report(source, query).then(() => (figuresMs = performance.now() - start)),
    client.repeats(source, query),
  ]);
  return { figuresMs, repeatsMs: performance.now() - start };
}

async function runRatingsBench(options: RatingsBenchOptions): Promise<RatingsBenchResult> {
  const setupStart = performance.now();
  // The parsed replica is let go once written: a heap holding it twice would slow every collection.
  const events = await writeReplica(await (await fetch(options.replicaUrl)).json());
  const setupMs = performance.now() - setupStart;

  const query = { choice: options.choice, nowMs: options.nowMs };
  const client = createWorkerRatingsClient();
  const source = { databaseName: DATABASE, version: 'bench' };
  const cold = await askWorker(client, source, query);
  const workerWarmMs: number[] = [];
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const warm = await askWorker(client, source, query);
    if (run >= options.warmups) workerWarmMs.push(warm.repeatsMs);
  }
  client.dispose();

  const db = createDb({ name: DATABASE });
  const rows = await loadRatingsRows(db);
  db.close();
  const firstFiguresMs: number[] = [];
  const repeatsMs: number[] = [];
  const fromIndexMs: number[] = [];
  const onePassMs: number[] = [];
  const report = computeRatings(rows, query);
  let checksum = 0;
  // The plain pass takes a millisecond or two, where a busy machine's hiccup is as long: it is
  // sampled five times a run, so its median is not one unlucky moment.
  const PASSES_PER_RUN = 5;
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    // A fresh index each run, as a load of the replica makes one: the figures, then the repeats.
    const first = timed(() => {
      const index = indexRows(rows);
      return { index, figures: computeFiguresFromIndex(index, query) };
    });
    const { index } = first.value;
    const repeats = timed(() => computeRepeatsFromIndex(index, query));
    const fromIndex = timed(() => computeRatingsFromIndex(index, query));
    if (run >= options.warmups) {
      firstFiguresMs.push(first.ms);
      repeatsMs.push(repeats.ms);
      fromIndexMs.push(fromIndex.ms);
    }
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
    firstFiguresMs,
    repeatsMs,
    fromIndexMs,
    onePassMs,
    workerColdMs: cold.figuresMs,
    workerColdRepeatsMs: cold.repeatsMs,
    workerWarmMs,
    figures: {
      issues: report.current.issues,
      onTime: report.current.onTime,
      decided: report.current.decided,
      avgScore: report.current.avgScore,
      topics: report.breakdowns.byTopic.length,
      repeats: report.repeats.total,
    },
  };
}

window.runRatingsBench = runRatingsBench;
