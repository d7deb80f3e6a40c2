// `npm run bench:clusters`: every cluster over the bench world's 100,000 issues, computed in the
// app's clusters worker in Debian's headless Chromium (target ≤ 300 ms), and one changed issue
// re-clustered there (p95 over many changes, target ≤ 5 ms). The yardstick, measured in the same
// page and run: one plain pass grouping the same open issues by section and address as written
// (what a "same address" grouping costs without normalising, 50 m, the 7-day window or changes).
//
// The issues come from the reference server's bench world (city-server/src/seed/bench.ts); the
// page is built with Vite (the worker bundled by `new Worker(new URL(...))`, as in the app).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterableStatuses, clusterFieldsOf, type ClusterIssue } from '@shared/clusters';
import { generateBenchWorld } from '../city-server/src/seed/bench';
import { Random } from '../city-server/src/seed/random';
import type { ClustersBenchData, ClustersBenchResult } from './clusters-page/contract';
import { benchLine } from './lib/browser';
import { percentile, runBuiltPageBench } from './lib/static-server';
import { buildWorkerPage, runOnBenchPage } from './lib/worker-page';

const ISSUES = Number(process.env['BENCH_CLUSTERS_ISSUES'] ?? 100_000);
const WARMUPS = 3;
const RUNS = Number(process.env['BENCH_CLUSTERS_RUNS'] ?? 15);
const CHANGES = Number(process.env['BENCH_CLUSTERS_CHANGES'] ?? 1000);
const TARGET_MS = 300;
const TARGET_CHANGE_MS = 5;
const NOW = new Date('2026-11-24T12:00:00+03:00');
const DEADLINE_MS = 8 * 60_000;
const DAY = 86_400_000;

/** A change a day brings, one issue at a time: new complaints beside open ones, statuses and deadlines moved. */
function changesFor(issues: readonly ClusterIssue[]): ClusterIssue[] {
  const rng = new Random(14);
  const open = issues.filter((issue) => clusterableStatuses.has(issue.status));
  const changes: ClusterIssue[] = [];
  for (let n = 0; n < CHANGES; n += 1) {
    const base = rng.pick(open);
    const kind = n % 4;
    if (kind === 0)
      changes.push({
        ...base,
        id: `iss-new-${n}`,
        receivedAt: new Date(Date.parse(base.receivedAt) + rng.range(0, 2) * DAY).toISOString(),
      });
    else if (kind === 1) changes.push({ ...base, status: 'on_moderation' });
    else if (kind === 2) changes.push({ ...base, status: 'in_progress' });
    else changes.push({ ...base, deadlineAt: new Date(Date.parse(base.deadlineAt) + DAY).toISOString() });
  }
  return changes;
}

function benchData(): ClustersBenchData {
  const world = generateBenchWorld({ issues: ISSUES, now: NOW, seed: 1 });
  const issues = world.issues.map(({ issue }) => clusterFieldsOf(issue));
  return {
    issues,
    categories: world.categories.map(({ id, parentId }) => ({ id, parentId })),
    changes: changesFor(issues),
  };
}

async function measure(url: string): Promise<ClustersBenchResult> {
  return runOnBenchPage(url, 'runClustersBench', (page) =>
    page.evaluate(
      (options) => {
        if (!window.runClustersBench) throw new Error('the bench page did not load');
        return window.runClustersBench(options);
      },
      { dataUrl: './bench-data.json', warmups: WARMUPS, runs: RUNS },
    ),
  );
}

/** Prints the figures; a missed target is reported, not an error (timings vary with the machine's load). */
function report(result: ClustersBenchResult): void {
  const median = (values: readonly number[]) => percentile(values, 0.5);
  const compute = median(result.computeMs);
  const grouping = median(result.groupingMs);
  const changeP95 = percentile(result.changeMs, 0.95);
  const ms = (value: number, digits = 0) => value.toFixed(digits);
  console.log(
    `clusters: ${result.issues.toLocaleString('en')} issues, ${result.open.toLocaleString('en')} open; ` +
      `${result.clusters} clusters, the largest of ${result.largest}; ${RUNS} runs after ${WARMUPS} warm-ups, ${result.changeMs.length} changes`,
  );
  console.log(
    `  all clusters in the worker:   median ${ms(compute)} ms, slowest ${ms(Math.max(...result.computeMs))} ms`,
  );
  console.log(`  the same with the round trip: median ${ms(median(result.computeRoundTripMs))} ms`);
  console.log(`  plain grouping, same issues:  median ${ms(grouping, 2)} ms`);
  console.log(
    `  one changed issue:            p95 ${ms(changeP95, 3)} ms in the worker (median ${ms(median(result.changeMs), 3)} ms), ` +
      `p95 ${ms(percentile(result.changeRoundTripMs, 0.95), 2)} ms with the round trip; ratio to the plain grouping ${(changeP95 / grouping).toFixed(3)}`,
  );
  const { stress } = result;
  console.log(
    `  stress, every issue open:     ${stress.open.toLocaleString('en')} open, ${stress.clusters} clusters, the largest of ${stress.largest}; ` +
      `all clusters median ${ms(median(stress.computeMs))} ms, one change p95 ${ms(percentile(stress.changeMs, 0.95), 3)} ms`,
  );
  console.log(
    `  target all clusters ≤ ${TARGET_MS} ms: ${compute <= TARGET_MS ? 'met' : 'not met'} (${ms(compute)} ms)`,
  );
  console.log(
    `  target one change ≤ ${TARGET_CHANGE_MS} ms (p95): ${changeP95 <= TARGET_CHANGE_MS ? 'met' : 'not met'} (${ms(changeP95, 3)} ms)`,
  );
  console.log(
    benchLine(
      'clusters',
      compute / grouping,
      `${ms(compute)} ms / ${ms(grouping, 2)} ms`,
      Math.round(compute),
      'ms',
    ),
  );
}

await runBuiltPageBench({
  name: 'clusters',
  deadlineMs: DEADLINE_MS,
  prepare: async (outDir) => {
    await buildWorkerPage('clusters-page', outDir);
    writeFileSync(join(outDir, 'bench-data.json'), JSON.stringify(benchData()));
  },
  measure,
  report,
});
