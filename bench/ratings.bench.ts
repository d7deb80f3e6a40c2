// `npm run bench:ratings`: every figure of the ratings screen for a year of 100,000 issues (with
// the bench world's reports and ratings, about 123,000 and 45,000), in Debian's headless
// Chromium, against one plain pass over the same rows measured in the same page and run.
// Prints the target (all figures ≤ 250 ms), then one final line with the ratio and the figures.
//
// The replica is the reference server's bench world (city-server/src/seed/bench.ts) written as
// the sync engine writes it; the page is built with Vite (the worker bundled by
// `new Worker(new URL(...))`, as in the app) and served from 127.0.0.1.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { generateBenchWorld } from '../city-server/src/seed/bench';
import { issueEvents, mergeCityReport, toIssueRecord } from '../renderer/src/sync/apply';
import { customPeriod, lastDayOf } from '../renderer/src/features/ratings/compute/period';
import { assertChromium, chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import type { BenchReplica, RatingsBenchResult } from './ratings-page/contract';
import { runBuiltPageBench } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const ISSUES = Number(process.env['BENCH_RATINGS_ISSUES'] ?? 100_000);
const WARMUPS = Number(process.env['BENCH_RATINGS_WARMUPS'] ?? 3);
const RUNS = Number(process.env['BENCH_RATINGS_RUNS'] ?? 15);
const TARGET_MS = 250;
/** A fixed "now", so that every run computes the same figures. */
const NOW = new Date('2026-11-24T12:00:00+03:00');
/** The year before NOW, today included: the bench world's issues are spread over it. */
const YEAR = customPeriod('2025-11-25', '2026-11-24');
/** The generator, the IndexedDB writes and the runs normally take a minute or two. */
const DEADLINE_MS = 8 * 60_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The whole bench world as one company's replica: every issue counts, whichever company the generator gave it. */
function benchReplica(): BenchReplica {
  const world = generateBenchWorld({ issues: ISSUES, now: NOW, seed: 1 });
  const issues = world.issues.map(({ issue }) => toIssueRecord({ ...issue, rev: 1 }, undefined));
  return {
    issues,
    reports: world.reports.map(({ report }) => mergeCityReport({ ...report, rev: 1 }, undefined)),
    ratings: world.ratings.map(({ rating }) => rating),
    // Whatever the sync engine records on first sight of each issue (its own function decides).
    issueEvents: issues.flatMap((issue) => issueEvents(undefined, issue, issue.receivedAt)),
    categories: world.categories,
    staff: world.staff.map(({ id, name, role, active }) => ({ id, name, role, active })),
  };
}

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(root, 'bench/ratings-page'),
    base: './',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
}

async function measure(url: string): Promise<RatingsBenchResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => 'runRatingsBench' in window);
    try {
      return await page.evaluate(
        (options) => {
          if (!window.runRatingsBench) throw new Error('the bench page did not load');
          return window.runRatingsBench(options);
        },
        { replicaUrl: './replica.json', choice: YEAR, nowMs: NOW.getTime(), warmups: WARMUPS, runs: RUNS },
      );
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} ${pageErrors.join('; ')}`);
    }
  } finally {
    await browser.close();
  }
}

/** Prints the figures; a missed target is reported, not an error (timings vary with the machine's load). */
function report(result: RatingsBenchResult): void {
  const all = median(result.allFiguresMs);
  const pass = median(result.onePassMs);
  const warm = median(result.workerWarmMs);
  const ms = (value: number): string => value.toFixed(0);
  const { rows, figures } = result;
  console.log(
    `ratings: ${rows.issues} issues, ${rows.reports} reports, ${rows.ratings} ratings, ${rows.events} timeline events;` +
      ` period ${YEAR.current.from}…${lastDayOf(YEAR.current)} (${figures.issues} issues, ${figures.onTime}/${figures.decided} on time,` +
      ` average score ${figures.avgScore?.toFixed(2) ?? '—'}, ${figures.topics} topics); ${RUNS} runs after ${WARMUPS} warm-ups`,
  );
  console.log(
    `  all figures, rows in memory:  median ${ms(all)} ms, slowest ${ms(Math.max(...result.allFiguresMs))} ms`,
  );
  console.log(
    `  the same from a kept index:   median ${ms(median(result.fromIndexMs))} ms (the rows joined once per load, as the worker keeps them)`,
  );
  console.log(`  one plain pass, same rows:    median ${pass.toFixed(2)} ms`);
  console.log(
    `  worker, first question:       ${ms(result.workerColdMs)} ms (reads the replica from IndexedDB, then every figure)`,
  );
  console.log(
    `  worker, another period:       median ${ms(warm)} ms (rows kept in the worker, round trip included)`,
  );
  console.log(`  setup, replica into IndexedDB: ${ms(result.setupMs)} ms (not measured against the target)`);
  console.log(
    `  target all figures ≤ ${TARGET_MS} ms: ${all <= TARGET_MS ? 'met' : 'not met'} (${ms(all)} ms)`,
  );
  console.log(
    `bench ratings: ratio ${(all / pass).toFixed(1)} (${ms(all)} ms / ${pass.toFixed(2)} ms), ${ms(all)} ms`,
  );
}

async function main(): Promise<void> {
  assertChromium();
  await runBuiltPageBench({
    name: 'ratings',
    deadlineMs: DEADLINE_MS,
    prepare: async (outDir) => {
      await buildPage(outDir);
      writeFileSync(join(outDir, 'replica.json'), JSON.stringify(benchReplica()));
    },
    measure,
    report,
  });
}

await main();
